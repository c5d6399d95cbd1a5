package io.solargw.gateway.runtime;

import io.solargw.config.BatteryConfig;
import io.solargw.config.BatteryMode;
import io.solargw.config.BmsBus;
import io.solargw.config.BmsProtocolVersion;
import io.solargw.config.GatewayConfig;
import io.solargw.gateway.bus.BusCounters;
import io.solargw.gateway.bus.BusWorker;
import io.solargw.gateway.poll.BmsPoller;
import io.solargw.gateway.poll.RackRequests;
import io.solargw.gateway.poll.ReportSink;
import io.solargw.protocol.bms.pace.Dialect;
import java.time.Clock;
import java.util.List;

/** Builds the worker of a battery (PACE/Pylontech RS485) bus. */
final class BmsBuses {

  private BmsBuses() {}

  static BusWorker worker(
      BmsBus bus, GatewayConfig config, BusCounters counters, ReportSink sink, Clock clock) {
    BatteryConfig b = bus.battery();
    Dialect dialect =
        b.protocolVersion() == BmsProtocolVersion.PYLONTECH ? Dialect.PYLONTECH : Dialect.PACE;
    RackRequests requests =
        new RackRequests(b.mode() == BatteryMode.ALL_PACKS, dialect, b.address());
    BmsPoller poller =
        new BmsPoller(
            requests, b.packAddresses(), InverterBuses.schedule(config.poll()), sink, clock);
    return new BusWorker(
        bus.name(),
        Links.of(bus.transport()),
        InverterBuses.timing(bus.timing()),
        counters,
        List.of(poller));
  }
}
