package io.solargw.gateway.runtime;

import io.solargw.config.BmsBus;
import io.solargw.config.BusConfig;
import io.solargw.config.GatewayConfig;
import io.solargw.config.InverterBus;
import io.solargw.config.InverterConfig;
import io.solargw.gateway.commission.CommissionReport;
import io.solargw.gateway.commission.LiveSite;
import io.solargw.gateway.poll.DeviceReport;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The commissioning checks of {@code solar-gateway commission} run over the gateway's latest
 * reports, for the live page. Like the command, they judge the first inverter bus, the first
 * battery bus and the CAN bus of the configuration.
 */
final class LiveVerdicts {

  private LiveVerdicts() {}

  static Function<Map<String, DeviceReport>, Optional<Map<String, Object>>> of(
      GatewayConfig config) {
    Map<Integer, String> inverters = new LinkedHashMap<>();
    int packs = 0;
    boolean inverterBus = false;
    boolean bmsBus = false;
    for (BusConfig b : config.buses()) {
      if (b instanceof InverterBus bus && !inverterBus && !bus.inverters().isEmpty()) {
        inverterBus = true;
        for (InverterConfig inv : bus.inverters()) {
          inverters.put(inv.address(), DeviceIds.inverter(config, bus, inv));
        }
      } else if (b instanceof BmsBus bus && !bmsBus) {
        bmsBus = true;
        packs = bus.battery().packs();
      }
    }
    Optional<String> can = DeviceIds.can(config);
    if (inverters.isEmpty() && packs == 0 && can.isEmpty()) {
      return reports -> Optional.empty();
    }
    int expectedPacks = packs;
    Clock clock = Clock.systemUTC();
    return reports -> {
      var at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
      return Optional.of(
          CommissionReport.of(at, LiveSite.of(reports, inverters, expectedPacks, can, at))
              .toJson());
    };
  }
}
