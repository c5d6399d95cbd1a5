package io.solargw.sim.bms;

/**
 * Where a simulated pack warns and where it protects (typical PACE defaults: the 0xD1 capture in
 * bms.md 2.4 reads cell OV alarm 3600 mV, protect 3700 mV).
 */
public record PackThresholds(
    int cellHighAlarmMillivolts,
    int cellHighProtectMillivolts,
    int cellLowAlarmMillivolts,
    int cellLowProtectMillivolts,
    double chargeHighAlarmCelsius,
    double chargeHighProtectCelsius,
    double chargeLowAlarmCelsius,
    double chargeLowProtectCelsius,
    double dischargeHighAlarmCelsius,
    double dischargeHighProtectCelsius,
    double mosHighAlarmCelsius,
    double mosHighProtectCelsius,
    double currentAlarmC,
    double currentProtectC,
    double lowSocAlarmPercent) {

  /** The defaults used by the simulator. */
  public static PackThresholds defaults() {
    return new PackThresholds(3600, 3700, 2900, 2700, 50, 55, 2, 0, 55, 60, 90, 110, 1.0, 1.1, 10);
  }
}
