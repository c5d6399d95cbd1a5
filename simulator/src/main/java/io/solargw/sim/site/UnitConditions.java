package io.solargw.sim.site;

import java.util.SplittableRandom;

/**
 * The conditions of one step shared by every unit (sun, house demand, battery, grid) and the
 * derivation of each unit's electrical readings from its {@link Flow}.
 */
final class UnitConditions {

  private static final double NOMINAL_VOLTS = 230.0;
  private static final double NOMINAL_HERTZ = 50.0;
  private static final double POWER_FACTOR = 0.95;

  private final SiteModel site;
  private final double sunFraction;
  private final double houseWatts;
  private final double batteryVolts;
  private final double gridVolts;
  private final double gridHertz;
  private final double ambient;

  UnitConditions(
      SiteModel site,
      double hour,
      double sunFraction,
      double houseWatts,
      boolean grid,
      double batteryVolts,
      SplittableRandom random) {
    this.site = site;
    this.sunFraction = sunFraction;
    this.houseWatts = houseWatts;
    this.batteryVolts = batteryVolts;
    this.gridVolts = grid ? NOMINAL_VOLTS + (random.nextDouble() - 0.5) * 4 : 0;
    this.gridHertz = grid ? NOMINAL_HERTZ + (random.nextDouble() - 0.5) * 0.04 : 0;
    this.ambient = 22 + 6 * Math.sin(Math.PI * (hour - 9) / 12);
  }

  double ambientCelsius() {
    return ambient;
  }

  /** The household demand split over the units: by phase, then equally between a phase's units. */
  double[] demandPerUnit(double[] extra) {
    SiteConfig c = site.config();
    double[] demand = new double[c.inverters()];
    int[] unitsOnPhase = new int[3];
    for (int i = 0; i < demand.length; i++) {
      unitsOnPhase[site.phaseOf(i).ordinal()]++;
    }
    for (int i = 0; i < demand.length; i++) {
      Phase p = site.phaseOf(i);
      double share = c.mode() == StackMode.THREE_PHASE ? p.threePhaseShare() : 1.0;
      demand[i] = houseWatts * share / unitsOnPhase[p.ordinal()] + extra[i];
    }
    return demand;
  }

  double[] pvAvailablePerUnit(double[] scale) {
    double[] pv = new double[scale.length];
    for (int i = 0; i < pv.length; i++) {
      pv[i] = site.config().pvPeakWattsPerUnit() * sunFraction * scale[i];
    }
    return pv;
  }

  UnitState unitState(int index, Flow f, UnitEnergy energy) {
    double pvVolts = sunFraction > 0 ? 300 + 80 * Math.sqrt(sunFraction) : 0;
    double outVolts = f.outputOn() ? (f.bypass() ? gridVolts : NOMINAL_VOLTS) : 0;
    double outHertz = f.outputOn() ? (f.bypass() ? gridHertz : NOMINAL_HERTZ) : 0;
    double apparent = f.loadWatts() / POWER_FACTOR;
    int rated = site.config().ratedWattsPerUnit();
    int state = !f.outputOn() ? 1 : f.bypass() ? 4 : 5;
    return new UnitState(
        index,
        site.phaseOf(index),
        state,
        pvVolts,
        pvVolts > 0 ? f.pvWatts() / pvVolts : 0,
        f.pvWatts(),
        f.loadWatts(),
        apparent,
        outVolts > 0 ? apparent / outVolts : 0,
        (int) Math.round(100 * f.loadWatts() / rated),
        outVolts,
        outHertz,
        gridVolts,
        gridHertz,
        gridVolts > 0 ? f.gridWatts() / gridVolts : 0,
        f.gridWatts(),
        batteryVolts,
        f.batteryWatts() / batteryVolts,
        f.batteryWatts(),
        f.pvChargeWatts() / batteryVolts,
        f.gridChargeWatts() / batteryVolts,
        375 + 10 * Math.min(1, f.loadWatts() / rated),
        ambient + f.pvWatts() / 300,
        ambient + (f.bypass() ? 0 : f.loadWatts() / 250),
        ambient + (f.loadWatts() + f.gridChargeWatts() + f.pvChargeWatts()) / 200,
        ambient,
        energy);
  }
}
