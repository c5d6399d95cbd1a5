package io.solargw.gateway.runtime;

import io.solargw.config.GatewayConfig;
import io.solargw.config.InverterBus;
import io.solargw.config.InverterConfig;
import io.solargw.config.ModbusTcpTransport;
import io.solargw.config.PollConfig;
import io.solargw.gateway.bus.BusCounters;
import io.solargw.gateway.bus.BusTiming;
import io.solargw.gateway.bus.BusWorker;
import io.solargw.gateway.poll.InverterPoller;
import io.solargw.gateway.poll.InverterReadPlans;
import io.solargw.gateway.poll.PollSchedule;
import io.solargw.gateway.poll.ReportSink;
import io.solargw.gateway.transport.ModbusTcpMaster;
import io.solargw.protocol.inverter.codes.CodeTable;
import io.solargw.protocol.inverter.decode.SnapshotDecoder;
import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.ProfileException;
import io.solargw.protocol.inverter.profile.ProfileLoader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Builds the worker of an inverter bus: one poller per configured inverter address. */
final class InverterBuses {

  private InverterBuses() {}

  static BusWorker worker(
      InverterBus bus, GatewayConfig config, BusCounters counters, ReportSink sink, Clock clock) {
    PollSchedule schedule = schedule(config.poll());
    List<InverterPoller> pollers = new ArrayList<>();
    CodeTable codes = CodeTable.loadDefault();
    for (InverterConfig inv : bus.inverters()) {
      InverterProfile profile = profile(inv);
      String id = DeviceIds.inverter(config, bus, inv);
      pollers.add(
          new InverterPoller(
              id,
              inv.address(),
              new SnapshotDecoder(profile, codes),
              new InverterReadPlans(profile),
              schedule,
              sink,
              clock));
    }
    BusTiming timing = timing(bus.timing());
    if (bus.transport() instanceof ModbusTcpTransport tcp) {
      return BusWorker.modbusTcp(
          bus.name(), new ModbusTcpMaster(tcp.host(), tcp.port(), timing), counters, pollers);
    }
    return new BusWorker(
        bus.name(), Links.of(bus.transport()), timing, counters, List.copyOf(pollers));
  }

  static BusTiming timing(io.solargw.config.BusTiming t) {
    return new BusTiming(t.timeout(), t.gap(), t.retries());
  }

  static PollSchedule schedule(PollConfig p) {
    return new PollSchedule(p.fast(), p.slow(), p.unavailableAfter(), p.offlinePoll());
  }

  private static InverterProfile profile(InverterConfig inv) {
    if (inv.profile().isEmpty()) {
      return ProfileLoader.loadDefault();
    }
    try {
      return ProfileLoader.load(inv.profile().get());
    } catch (ProfileException e) {
      // The config loader checked that the file exists; its content is checked here, at start-up.
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
