package io.solargw.sim.site;

/**
 * The inverter's power-routing rules (manual section 4.2 settings [2] WFM and [7] CHM): who feeds
 * the load, who charges the battery. Pure: inputs in, {@link Flow} out.
 */
final class PowerRouter {

  /** Below this PV power the inverter treats PV as absent (SOL, CSO). */
  static final double PV_PRESENT_WATTS = 50;

  private PowerRouter() {}

  record Inputs(
      UnitSettings settings,
      double pvAvailableWatts,
      double loadDemandWatts,
      boolean gridPresent,
      boolean lowBatteryOnGrid,
      boolean lowBatteryOffGrid,
      double batteryVolts,
      double socPercent,
      int ratedWatts,
      double chargeFraction) {}

  static Flow route(Inputs in) {
    boolean bypass = bypass(in);
    boolean outputOn = bypass || !in.lowBatteryOffGrid();
    double load = outputOn ? in.loadDemandWatts() : 0;
    double pvToLoad = 0;
    double batteryToLoad = 0;
    if (!bypass) {
      load = Math.min(load, in.ratedWatts());
      pvToLoad = Math.min(in.pvAvailableWatts(), load);
      batteryToLoad = load - pvToLoad;
    }
    double maxChargeWatts = in.settings().maxChargeAmps() * in.batteryVolts();
    double pvCharge = Math.min(in.pvAvailableWatts() - pvToLoad, maxChargeWatts);
    double gridCharge = 0;
    if (bypass && gridMayCharge(in)) {
      double acLimit = in.settings().maxAcChargeAmps() * in.batteryVolts();
      gridCharge = Math.max(0, Math.min(acLimit, maxChargeWatts - pvCharge));
    }
    pvCharge *= in.chargeFraction();
    gridCharge *= in.chargeFraction();
    double battery = pvCharge + gridCharge - batteryToLoad;
    double grid = (bypass ? load : 0) + gridCharge;
    return new Flow(
        pvToLoad + pvCharge, load, grid, battery, pvCharge, gridCharge, bypass, outputOn);
  }

  private static boolean bypass(Inputs in) {
    if (!in.gridPresent()) {
      return false;
    }
    boolean overload = in.loadDemandWatts() > in.ratedWatts();
    return overload
        || switch (in.settings().outputPriority()) {
          case UTI -> true;
          case SBU -> in.lowBatteryOnGrid();
          case SOL -> in.pvAvailableWatts() < PV_PRESENT_WATTS || in.lowBatteryOnGrid();
        };
  }

  private static boolean gridMayCharge(Inputs in) {
    if (in.socPercent() >= 100) {
      return false;
    }
    return switch (in.settings().chargePriority()) {
      case SNU -> true;
      case CSO -> in.pvAvailableWatts() < PV_PRESENT_WATTS;
      case OSO -> false;
    };
  }
}
