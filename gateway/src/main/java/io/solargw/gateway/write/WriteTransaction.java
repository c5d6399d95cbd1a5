package io.solargw.gateway.write;

import io.solargw.gateway.bus.BusJob;
import io.solargw.gateway.bus.BusTransactor;
import io.solargw.gateway.bus.Exchange;
import io.solargw.gateway.poll.RtuResponseFramer;
import io.solargw.mqtt.WriteResult;
import io.solargw.protocol.inverter.InverterProtocolException;
import io.solargw.protocol.inverter.profile.SettingSpec;
import io.solargw.protocol.inverter.rtu.ExceptionResponse;
import io.solargw.protocol.inverter.rtu.ModbusRequest;
import io.solargw.protocol.inverter.rtu.ReadRequest;
import io.solargw.protocol.inverter.rtu.ReadResponse;
import io.solargw.protocol.inverter.rtu.RtuCodec;
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
final class WriteTransaction implements BusJob<WriteResult> {

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

  @Override
  public WriteResult run(BusTransactor bus) throws IOException, InterruptedException {
    int unitId = unit.poller().unitId();
    int start = writes.get(0).address();
    ModbusRequest request =
        writes.size() == 1
            ? writes.get(0).toWriteSingle(unitId)
            : new WriteMultipleRequest(
                unitId, start, writes.stream().map(RegisterWrite::value).toList());
    Exchange ex = bus.exchange(request.toFrame(), new RtuResponseFramer(request));
    if (ex instanceof Exchange.Timeout) {
      return failed(
          "did not answer the write of "
              + writes
              + " (timeout "
              + timeoutMillis(bus)
              + " ms);"
              + " the setting may or may not have changed");
    }
    Optional<String> refused = refusal(request, ((Exchange.Answer) ex).frame());
    if (refused.isPresent()) {
      return failed(refused.get());
    }
    Thread.sleep(READ_BACK_DELAY.toMillis());
    return readBack(bus, ReadRequest.holding(unitId, start, writes.size()));
  }

  private Optional<String> refusal(ModbusRequest request, byte[] answer) {
    try {
      if (RtuCodec.decodeResponse(request, answer) instanceof ExceptionResponse e) {
        return Optional.of(
            String.format(
                "refused the write of %s: exception 0x%02X (%s)",
                writes, e.exceptionCode(), e.meaning()));
      }
      return Optional.empty();
    } catch (InverterProtocolException e) {
      String what =
          e.reason() == InverterProtocolException.Reason.ECHO ? "echo mismatch" : "bad answer";
      return Optional.of(what + " to the write of " + writes + ": " + e.getMessage());
    }
  }

  private WriteResult readBack(BusTransactor bus, ReadRequest read)
      throws IOException, InterruptedException {
    Exchange ex = bus.exchange(read.toFrame(), new RtuResponseFramer(read));
    if (ex instanceof Exchange.Timeout) {
      return failed(
          "accepted the write of "
              + writes
              + " but did not answer the read-back (timeout "
              + timeoutMillis(bus)
              + " ms)");
    }
    ReadResponse response;
    try {
      response = RtuCodec.decodeReadResponse(read, ((Exchange.Answer) ex).frame());
    } catch (InverterProtocolException e) {
      return failed(
          "accepted the write of " + writes + " but the read-back failed: " + e.getMessage());
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

  private WriteResult failed(String sentence) {
    return new WriteResult.Failed(unit.deviceId() + " " + sentence);
  }

  private static long timeoutMillis(BusTransactor bus) {
    return bus.timing().timeout().toMillis();
  }
}
