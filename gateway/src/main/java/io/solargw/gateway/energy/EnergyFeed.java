package io.solargw.gateway.energy;

import io.solargw.gateway.poll.Availability;
import io.solargw.gateway.poll.DeviceReport;
import io.solargw.gateway.poll.ReportSink;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Feeds the energy ledger from inverter reports: the device's own lifetime counters where the
 * profile decodes them (PV, load, load-from-grid, battery kWh on V2.00+ firmware), otherwise the
 * integral of the matching power over time. Stale and offline reports interrupt integration: no
 * energy is invented over a gap.
 */
public final class EnergyFeed implements ReportSink {

  private record Source(
      EnergyQuantity quantity, String counterPoint, String powerPoint, int sign) {}

  private static final Source[] SOURCES = {
    new Source(EnergyQuantity.PV, "pv_energy_total_kWh", "pv_power_W", 1),
    new Source(EnergyQuantity.LOAD, "load_energy_total_kWh", "load_active_power_W", 1),
    new Source(EnergyQuantity.GRID_IMPORT, "load_from_grid_total_kWh", "grid_active_power_W", 1),
    new Source(
        EnergyQuantity.BATTERY_CHARGE, "battery_charge_energy_total_kWh", "battery_power_W", 1),
    new Source(
        EnergyQuantity.BATTERY_DISCHARGE,
        "battery_discharge_energy_total_kWh",
        "battery_power_W",
        -1)
  };

  private final EnergyLedger ledger;
  private final Clock clock;

  /**
   * @param ledger the counters
   * @param clock wall clock, only for the calendar day (integration uses a monotonic clock)
   */
  public EnergyFeed(EnergyLedger ledger, Clock clock) {
    this.ledger = ledger;
    this.clock = clock;
  }

  @Override
  public void accept(DeviceReport report) {
    if (!report.deviceId().contains("inverter") || report.deviceId().endsWith("stack")) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    long now = System.nanoTime();
    Map<?, ?> points = report.values().get("points") instanceof Map<?, ?> m ? m : Map.of();
    for (Source s : SOURCES) {
      EnergyCounter counter = ledger.counter(report.deviceId(), s.quantity());
      if (report.availability() != Availability.ONLINE) {
        counter.interrupt();
        continue;
      }
      Optional<Double> device = number(points, s.counterPoint());
      if (device.isPresent()) {
        ledger.followDevice(report.deviceId(), s.quantity(), device.get(), today);
      } else {
        number(points, s.powerPoint())
            .ifPresent(
                w -> ledger.addPower(report.deviceId(), s.quantity(), s.sign() * w, now, today));
      }
    }
  }

  private static Optional<Double> number(Map<?, ?> points, String name) {
    return points.get(name) instanceof Number n ? Optional.of(n.doubleValue()) : Optional.empty();
  }
}
