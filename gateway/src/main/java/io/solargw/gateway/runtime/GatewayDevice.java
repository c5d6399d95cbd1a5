package io.solargw.gateway.runtime;

import io.solargw.gateway.bus.BusCounters;
import io.solargw.gateway.bus.BusWorker;
import io.solargw.gateway.energy.EnergyQuantity;
import io.solargw.gateway.energy.EnergyStore;
import io.solargw.gateway.poll.Availability;
import io.solargw.gateway.poll.DeviceReport;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The gateway as a device of its own ({@code gateway}): bus health and counters, and the energy
 * ledger's totals over every inverter — counters that persist across restarts and never go
 * backwards, so Home Assistant's energy dashboard can use them even where the inverter keeps no
 * counter of its own (battery kWh on older firmware, grid import).
 */
final class GatewayDevice {

  static final String ID = "gateway";

  private GatewayDevice() {}

  static DeviceReport report(GatewayRuntime runtime, Instant at) {
    Map<String, Object> v = new LinkedHashMap<>();
    String version = GatewayDevice.class.getPackage().getImplementationVersion();
    v.put("version", version == null ? "dev" : version);
    v.put("uptime_s", ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
    int up = 0;
    for (BusWorker w : runtime.workers()) {
      String key = w.busName().replace('-', '_');
      BusCounters.Snapshot s = runtime.counters().get(w.busName()).snapshot();
      v.put(key + "_link_up", w.linkUp());
      v.put(key + "_transactions", s.transactions());
      v.put(key + "_timeouts", s.timeouts());
      v.put(key + "_errors", s.errorsByReason().values().stream().mapToLong(Long::longValue).sum());
      runtime
          .cycles()
          .last(w.busName())
          .ifPresent(c -> v.put(key + "_cycle_s", seconds(c.duration().toMillis())));
      up += w.linkUp() ? 1 : 0;
    }
    v.put("buses_up", up);
    v.put("buses_total", runtime.workers().size());
    v.put("uncaught_exceptions", runtime.uncaughtExceptions());
    v.put("threads_dead", runtime.deadThreads());
    putEnergy(v, runtime.energy().savedTotals());
    return new DeviceReport(ID, Availability.ONLINE, at, v, Optional.empty());
  }

  /** Sums the ledger per quantity: {@code pv_energy_total_kWh}, {@code pv_energy_today_kWh}, ... */
  private static void putEnergy(Map<String, Object> v, Map<String, EnergyStore.Stored> totals) {
    for (EnergyQuantity q : EnergyQuantity.values()) {
      double total = 0;
      double today = 0;
      for (Map.Entry<String, EnergyStore.Stored> e : totals.entrySet()) {
        if (e.getKey().endsWith("/" + q.key())) {
          total += e.getValue().lifetimeKwh();
          today += e.getValue().todayKwh();
        }
      }
      v.put(q.key() + "_energy_total_kWh", kwh(total));
      v.put(q.key() + "_energy_today_kWh", kwh(today));
    }
  }

  private static BigDecimal kwh(double value) {
    return BigDecimal.valueOf(value).setScale(3, RoundingMode.DOWN);
  }

  private static BigDecimal seconds(long millis) {
    return BigDecimal.valueOf(millis, 3);
  }
}
