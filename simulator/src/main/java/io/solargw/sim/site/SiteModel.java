package io.solargw.sim.site;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The simulated site: advances sun, load, routing and battery by a time step and exposes an
 * immutable {@link SiteState}. Not thread-safe: one driver thread advances it and publishes the
 * state; devices read the latest published state.
 */
public final class SiteModel {

  private final SiteConfig config;
  private final SplittableRandom random;
  private final SolarDay sun;
  private final HouseholdLoad house;
  private final BatteryBank bank;
  private final double[] pvScale;
  private final UnitSettings[] settings;
  private final UnitEnergy[] energy;
  private final boolean[] lowOnGrid;
  private final boolean[] lowOffGrid;
  private final double[] extraLoadWatts;
  private LocalDateTime time;
  private boolean gridPresent = true;
  private SiteState state;

  /** A site starting at {@code start} with the battery at {@code initialSocPercent}. */
  public SiteModel(SiteConfig config, LocalDateTime start, double initialSocPercent) {
    this.config = config;
    this.random = new SplittableRandom(config.seed());
    this.sun = new SolarDay(random.split());
    this.house = new HouseholdLoad(random.split(), config.houseBaseWatts());
    this.bank =
        new BatteryBank(config.packs(), config.packCapacityAh(), initialSocPercent, random.split());
    int n = config.inverters();
    this.pvScale = new double[n];
    for (int i = 0; i < n; i++) {
      pvScale[i] = 0.9 + 0.2 * random.nextDouble(); // arrays differ: orientation, shading
    }
    this.settings = new UnitSettings[n];
    Arrays.fill(settings, UnitSettings.defaults());
    this.energy = new UnitEnergy[n];
    Arrays.fill(energy, UnitEnergy.ZERO);
    this.lowOnGrid = new boolean[n];
    this.lowOffGrid = new boolean[n];
    this.extraLoadWatts = new double[n];
    this.time = start;
    this.state = compute(0);
  }

  /** The configuration the site was built from. */
  public SiteConfig config() {
    return config;
  }

  /** The latest state. */
  public SiteState state() {
    return state;
  }

  /** Advances the site by {@code seconds} of simulated time and returns the new state. */
  public SiteState advance(double seconds) {
    if (seconds < 0 || Double.isNaN(seconds)) {
      throw new IllegalArgumentException("seconds must be >= 0, got " + seconds);
    }
    LocalDateTime next = time.plusNanos((long) (seconds * 1e9));
    boolean midnight = !next.toLocalDate().equals(time.toLocalDate());
    time = next;
    state = compute(seconds);
    if (midnight) {
      for (int i = 0; i < energy.length; i++) {
        energy[i] = energy[i].newDay();
      }
    }
    return state;
  }

  /** Connects or disconnects the grid (scenario: grid failure). */
  public void setGridPresent(boolean present) {
    this.gridPresent = present;
  }

  /** Adds {@code watts} of demand on one unit (scenario: overload). */
  public void setExtraLoad(int unitIndex, double watts) {
    extraLoadWatts[unitIndex] = watts;
  }

  /** The routing settings of one unit. */
  public UnitSettings settings(int unitIndex) {
    return settings[unitIndex];
  }

  /** Replaces the routing settings of one unit (a settings write on the bus). */
  public void setSettings(int unitIndex, UnitSettings s) {
    settings[unitIndex] = s;
  }

  /** Offsets one cell's voltage (scenario: cell over-voltage on pack 3 cell 7). */
  public void setCellFault(int packAddress, int cell, int extraMillivolts) {
    bank.setCellFault(packAddress, cell, extraMillivolts);
  }

  /** The phase a unit feeds: L1 unless the stack is three-phase, then L1, L2, L3 in turn. */
  public Phase phaseOf(int unitIndex) {
    return config.mode() == StackMode.THREE_PHASE ? Phase.values()[unitIndex % 3] : Phase.L1;
  }

  private SiteState compute(double seconds) {
    double hour = time.getHour() + time.getMinute() / 60.0 + time.getSecond() / 3600.0;
    double sunFraction = sun.fraction(hour, seconds);
    double houseWatts = house.watts(hour, seconds);
    double soc = bank.socPercent();
    double volts = bank.volts();
    UnitConditions conditions =
        new UnitConditions(this, hour, sunFraction, houseWatts, gridPresent, volts, random);
    double[] demand = conditions.demandPerUnit(extraLoadWatts);
    double[] pvAvail = conditions.pvAvailablePerUnit(pvScale);
    updateLatches(soc);
    double fraction = chargeFraction(pvAvail, demand, soc, volts, seconds);
    List<UnitState> units = new ArrayList<>(settings.length);
    double rackAmps = 0;
    for (int i = 0; i < settings.length; i++) {
      Flow flow = PowerRouter.route(inputs(i, pvAvail[i], demand[i], soc, volts, fraction));
      rackAmps += flow.batteryWatts() / volts;
      UnitState u = conditions.unitState(i, flow, energy[i]);
      energy[i] = energy[i].add(u, seconds);
      units.add(u);
    }
    bank.apply(rackAmps, seconds);
    return new SiteState(time, gridPresent, units, bank.state(conditions.ambientCelsius()));
  }

  private PowerRouter.Inputs inputs(
      int i, double pv, double demand, double soc, double volts, double fraction) {
    return new PowerRouter.Inputs(
        settings[i],
        pv,
        demand,
        gridPresent,
        lowOnGrid[i],
        lowOffGrid[i],
        volts,
        soc,
        config.ratedWattsPerUnit(),
        fraction);
  }

  private void updateLatches(double soc) {
    for (int i = 0; i < settings.length; i++) {
      UnitSettings s = settings[i];
      lowOnGrid[i] = lowOnGrid[i] ? soc < s.gridRecoverySoc() : soc <= s.gridDischargeCutoffSoc();
      lowOffGrid[i] = lowOffGrid[i] ? soc < s.offGridRecoverySoc() : soc <= s.offGridCutoffSoc();
    }
  }

  /**
   * Scales all charging down so that the packs are never asked to take more than their headroom.
   */
  private double chargeFraction(
      double[] pv, double[] demand, double soc, double volts, double seconds) {
    if (seconds <= 0) {
      return 1;
    }
    double chargeWatts = 0;
    for (int i = 0; i < settings.length; i++) {
      chargeWatts +=
          Math.max(0, PowerRouter.route(inputs(i, pv[i], demand[i], soc, volts, 1)).batteryWatts());
    }
    double wantAh = chargeWatts / volts * seconds / 3600;
    return wantAh <= bank.headroomAh() ? 1 : Math.max(0, bank.headroomAh() / wantAh);
  }
}
