package io.solargw.gateway.commission;

import io.solargw.gateway.bus.BusTransactor;
import io.solargw.gateway.bus.Exchange;
import io.solargw.gateway.bus.ModbusChannel;
import io.solargw.gateway.bus.ModbusOutcome;
import io.solargw.gateway.poll.Availability;
import io.solargw.gateway.poll.DeviceReport;
import io.solargw.gateway.poll.InverterPoller;
import io.solargw.gateway.poll.InverterReadPlans;
import io.solargw.gateway.poll.PollSchedule;
import io.solargw.gateway.poll.RtuChannel;
import io.solargw.gateway.poll.RtuResponseFramer;
import io.solargw.protocol.inverter.InverterProtocolException;
import io.solargw.protocol.inverter.codes.CodeTable;
import io.solargw.protocol.inverter.decode.SnapshotDecoder;
import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.rtu.ReadRequest;
import io.solargw.protocol.inverter.rtu.RtuCodec;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads one inverter once: a short probe of the version registers (0x0014 x2) first, so a silent or
 * colliding address costs one timeout, then the whole profile with the gateway's poller.
 */
final class InverterReader {

  private static final PollSchedule ONCE =
      new PollSchedule(Duration.ofSeconds(1), Duration.ofSeconds(1), 1, Duration.ofSeconds(1));

  private final InverterProfile profile;
  private final CodeTable codes = CodeTable.loadDefault();
  private final Clock clock;

  InverterReader(InverterProfile profile, Clock clock) {
    this.profile = profile;
    this.clock = clock;
  }

  DeviceReport read(BusTransactor bus, int address) throws IOException, InterruptedException {
    return read(probe(bus, address), new RtuChannel(bus), address);
  }

  /** The same read over a Modbus channel (a Modbus TCP gateway). */
  DeviceReport read(ModbusChannel bus, int address) throws IOException, InterruptedException {
    return read(probe(bus, address), bus, address);
  }

  /** Offline with the probe's problem, or the whole profile read when the probe was answered. */
  private DeviceReport read(Optional<String> probe, ModbusChannel bus, int address)
      throws IOException, InterruptedException {
    String id = "inverter-" + address;
    if (probe.isPresent()) {
      return new DeviceReport(id, Availability.OFFLINE, clock.instant(), Map.of(), probe);
    }
    AtomicReference<DeviceReport> got = new AtomicReference<>();
    new InverterPoller(
            id,
            address,
            new SnapshotDecoder(profile, codes),
            new InverterReadPlans(profile),
            ONCE,
            got::set,
            clock)
        .poll(bus);
    return got.get();
  }

  /** Empty when the unit answered the probe over the Modbus channel, else why not. */
  private static Optional<String> probe(ModbusChannel bus, int address)
      throws IOException, InterruptedException {
    ReadRequest request = ReadRequest.holding(address, 0x0014, 2);
    String last = "no answer";
    for (int attempt = 0; attempt <= bus.timing().retries(); attempt++) {
      ModbusOutcome outcome = bus.transact(request);
      if (outcome instanceof ModbusOutcome.Answered) {
        return Optional.empty();
      }
      last =
          outcome instanceof ModbusOutcome.Garbled g
              ? "garbled answer: " + g.error().getMessage()
              : "timeout, " + ((ModbusOutcome.TimedOut) outcome).detail();
    }
    return Optional.of(last);
  }

  /** Empty when the unit answered the probe, else why not. */
  private static Optional<String> probe(BusTransactor bus, int address)
      throws IOException, InterruptedException {
    ReadRequest request = ReadRequest.holding(address, 0x0014, 2);
    String last = "no answer";
    for (int attempt = 0; attempt <= bus.timing().retries(); attempt++) {
      NoiseCountingFramer framer = new NoiseCountingFramer(new RtuResponseFramer(request));
      Exchange ex = bus.exchange(request.toFrame(), framer);
      if (ex instanceof Exchange.Timeout t) {
        int noise = t.received().length + framer.skipped();
        last =
            noise == 0
                    || noise == request.toFrame().length // nothing, or only an echo of the request
                ? "timeout, nothing came back"
                : "garbled answer (" + noise + " bytes, no valid frame)";
        continue;
      }
      try {
        RtuCodec.decodeReadResponse(request, ((Exchange.Answer) ex).frame());
        return Optional.empty();
      } catch (InverterProtocolException e) {
        last = "garbled answer: " + e.getMessage();
      }
    }
    return Optional.of(last);
  }
}
