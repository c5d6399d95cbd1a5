package io.solargw.sim.site;

/**
 * Energy counters of one inverter; they only grow (the "today" ones reset at simulated midnight).
 */
public record UnitEnergy(
    double pvKwhTotal,
    double pvKwhToday,
    double loadKwhTotal,
    double loadKwhToday,
    double gridImportKwhTotal,
    double gridImportKwhToday,
    double batteryChargeAhTotal,
    double batteryChargeAhToday,
    double batteryDischargeAhTotal,
    double batteryDischargeAhToday,
    double batteryChargeKwhTotal,
    double batteryDischargeKwhTotal) {

  static final UnitEnergy ZERO = new UnitEnergy(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** Adds one step's flows (watts and battery amps over {@code seconds}). */
  UnitEnergy add(UnitState u, double seconds) {
    double h = seconds / 3600;
    double pv = u.pvWatts() * h / 1000;
    double load = u.loadWatts() * h / 1000;
    double grid = Math.max(0, u.gridWatts()) * h / 1000;
    double chgAh = Math.max(0, u.batteryAmps()) * h;
    double disAh = Math.max(0, -u.batteryAmps()) * h;
    double chgKwh = Math.max(0, u.batteryWatts()) * h / 1000;
    double disKwh = Math.max(0, -u.batteryWatts()) * h / 1000;
    return new UnitEnergy(
        pvKwhTotal + pv,
        pvKwhToday + pv,
        loadKwhTotal + load,
        loadKwhToday + load,
        gridImportKwhTotal + grid,
        gridImportKwhToday + grid,
        batteryChargeAhTotal + chgAh,
        batteryChargeAhToday + chgAh,
        batteryDischargeAhTotal + disAh,
        batteryDischargeAhToday + disAh,
        batteryChargeKwhTotal + chgKwh,
        batteryDischargeKwhTotal + disKwh);
  }

  /** The same totals with the daily counters at zero (simulated midnight). */
  UnitEnergy newDay() {
    return new UnitEnergy(
        pvKwhTotal,
        0,
        loadKwhTotal,
        0,
        gridImportKwhTotal,
        0,
        batteryChargeAhTotal,
        0,
        batteryDischargeAhTotal,
        0,
        batteryChargeKwhTotal,
        batteryDischargeKwhTotal);
  }
}
