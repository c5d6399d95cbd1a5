package io.solargw.gateway.write;

import io.solargw.gateway.bus.BusTransactor;
import io.solargw.gateway.bus.ModbusChannel;
import io.solargw.gateway.bus.ModbusJob;
import io.solargw.gateway.bus.ModbusOutcome;
import io.solargw.gateway.poll.RtuChannel;
import io.solargw.mqtt.WriteResult;
import io.solargw.protocol.inverter.InverterProtocolException;
import io.solargw.protocol.inverter.profile.SettingSpec;
import io.solargw.protocol.inverter.rtu.ExceptionResponse;
import io.solargw.protocol.inverter.rtu.ModbusRequest;
import io.solargw.protocol.inverter.rtu.ModbusResponse;
import io.solargw.protocol.inverter.rtu.ReadRequest;
import io.solargw.protocol.inverter.rtu.ReadResponse;
import io.solargw.protocol.inverter.rtu.WriteMultipleRequest;
import io.solargw.protocol.inverter.settings.RegisterWrite;
import io.solargw.protocol.inverter.settings.SettingReading;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One setting write on the bus thread: the write (0x06 for one register, 0x10 for several), its
 * echo checked, then after {@link #READ_BACK_DELAY} (protocol doc 2.5) the register(s) read back,
 * compared with what was written and decoded. Never retried: a lost answer leaves the outcome open,
 * which the result says.
 */
final class WriteTransaction implements ModbusJob<WriteResult> {

  /** Pause between the write's echo and the read-back (protocol doc 2.5: 150 ms after writes). */
  static final Duration READ_BACK_DELAY = Duration.ofMillis(150);

  private final InverterUnit unit;
  private final SettingSpec spec;
  private final List<RegisterWrite> writes;
  private final Optional<Integer> systemVolts;

  WriteTransaction(
      InverterUnit unit, SettingSpec spec, List<RegisterWrite> writes, Optional<Integer> volts) {
    this.unit = unit;
    this.spec = spec;
    this.writes = List.copyOf(writes);
    this.systemVolts = volts;
  }

  /** The write as RTU frames on a byte bus. */
  @Override
  public WriteResult run(BusTransactor bus) throws IOException, InterruptedException {
    return run(new RtuChannel(bus));
  }

  @Override
  public WriteResult run(ModbusChannel bus) throws IOException, InterruptedException {
    int unitId = unit.poller().unitId();
    int start = writes.get(0).address();
    ModbusRequest request =
        writes.size() == 1
            ? writes.get(0).toWriteSingle(unitId)
            : new WriteMultipleRequest(
                unitId, start, writes.stream().map(RegisterWrite::value).toList());
    ModbusOutcome outcome = bus.transact(request);
    if (outcome instanceof ModbusOutcome.TimedOut) {
      return failed(
          "did not answer the write of "
              + writes
              + " (timeout "
              + timeoutMillis(bus)
              + " ms);"
              + " the setting may or may not have changed");
    }
    Optional<String> refused = refusal(outcome);
    if (refused.isPresent()) {
      return failed(refused.get());
    }
    Thread.sleep(READ_BACK_DELAY.toMillis());
    return readBack(bus, ReadRequest.holding(unitId, start, writes.size()));
  }

  private Optional<String> refusal(ModbusOutcome outcome) {
    if (outcome instanceof ModbusOutcome.Answered a
        && a.response() instanceof ExceptionResponse e) {
      return Optional.of(
          String.format(
              "refused the write of %s: exception 0x%02X (%s)",
              writes, e.exceptionCode(), e.meaning()));
    }
    if (outcome instanceof ModbusOutcome.Garbled g) {
      String what =
          g.error().reason() == InverterProtocolException.Reason.ECHO
              ? "echo mismatch"
              : "bad answer";
      return Optional.of(what + " to the write of " + writes + ": " + g.error().getMessage());
    }
    return Optional.empty();
  }

  private WriteResult readBack(ModbusChannel bus, ReadRequest read)
      throws IOException, InterruptedException {
    ModbusOutcome outcome = bus.transact(read);
    if (outcome instanceof ModbusOutcome.TimedOut) {
      return failed(
          "accepted the write of "
              + writes
              + " but did not answer the read-back (timeout "
              + timeoutMillis(bus)
              + " ms)");
    }
    if (!(outcome instanceof ModbusOutcome.Answered a
        && a.response() instanceof ReadResponse response)) {
      return failed(
          "accepted the write of " + writes + " but the read-back failed: " + why(outcome));
    }
    unit.poller().remember(response.startAddress(), response.registers());
    SettingReading reading = unit.codec().decode(spec, response.registers().get(0), systemVolts);
    String shown = reading.value().map(v -> v.text()).orElse("raw " + reading.raw());
    for (int i = 0; i < writes.size(); i++) {
      int read1 = response.registers().get(i);
      if (read1 != writes.get(i).value()) {
        return failed(
            String.format(
                "read-back differs: wrote %s, read %04X = %d (%s)",
                writes, writes.get(i).address(), read1, shown));
      }
    }
    return new WriteResult.Written(shown);
  }

  private static String why(ModbusOutcome outcome) {
    if (outcome instanceof ModbusOutcome.Garbled g) {
      return g.error().getMessage();
    }
    ModbusResponse response = ((ModbusOutcome.Answered) outcome).response();
    return response instanceof ExceptionResponse e
        ? String.format("exception 0x%02X (%s)", e.exceptionCode(), e.meaning())
        : "unexpected answer " + response;
  }

  private WriteResult failed(String sentence) {
    return new WriteResult.Failed(unit.deviceId() + " " + sentence);
  }

  private static long timeoutMillis(ModbusChannel bus) {
    return bus.timing().timeout().toMillis();
  }
}
