package io.solargw.config;

import io.solargw.config.internal.Require;

/**
 * The {@code mqtt.deadband:} section: how much a value must change before it is published again
 * between full refreshes. 0 publishes every change.
 *
 * @param voltageVolts {@code voltage_V}, 0..10; default 0.05
 * @param currentAmps {@code current_A}, 0..100; default 0.1
 * @param powerWatts {@code power_W}, 0..10000; default 10
 * @param temperatureCelsius {@code temperature_C}, 0..10; default 0.5
 * @param socPercent {@code soc_pct}, 0..100; default 1
 * @param energyKilowattHours {@code energy_kWh}, 0..100; default 0.01
 */
public record Deadband(
    double voltageVolts,
    double currentAmps,
    double powerWatts,
    double temperatureCelsius,
    double socPercent,
    double energyKilowattHours) {

  /** The defaults listed above. */
  public static final Deadband DEFAULT = new Deadband(0.05, 0.1, 10, 0.5, 1, 0.01);

  /** Checks every range. */
  public Deadband {
    Require.range("voltageVolts", voltageVolts, 0, 10);
    Require.range("currentAmps", currentAmps, 0, 100);
    Require.range("powerWatts", powerWatts, 0, 10_000);
    Require.range("temperatureCelsius", temperatureCelsius, 0, 10);
    Require.range("socPercent", socPercent, 0, 100);
    Require.range("energyKilowattHours", energyKilowattHours, 0, 100);
  }
}
