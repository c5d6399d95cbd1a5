package io.solargw.sim.site;

/**
 * The settings of one inverter that change how the simulated site routes power (a Modbus write to
 * the simulator lands here).
 *
 * @param outputPriority [2] WFM
 * @param chargePriority [7] CHM
 * @param maxChargeAmps [8] MCC, PV + grid, battery side
 * @param maxAcChargeAmps [27] ACM, grid charging, battery side
 * @param gridDischargeCutoffSoc [43] GSD: on grid, stop discharging at this SOC
 * @param gridRecoverySoc [44] GRD: on grid, discharge again from this SOC
 * @param offGridCutoffSoc [45] OSD: off grid, switch the output off at this SOC
 * @param offGridRecoverySoc [46] ORD: off grid, switch the output on again at this SOC
 */
public record UnitSettings(
    OutputPriority outputPriority,
    ChargePriority chargePriority,
    int maxChargeAmps,
    int maxAcChargeAmps,
    int gridDischargeCutoffSoc,
    int gridRecoverySoc,
    int offGridCutoffSoc,
    int offGridRecoverySoc) {

  /** The manual's defaults (section 4.2) except SBU, which a battery owner chooses. */
  public static UnitSettings defaults() {
    return new UnitSettings(OutputPriority.SBU, ChargePriority.SNU, 60, 60, 50, 90, 20, 30);
  }

  /** A copy with another output priority. */
  public UnitSettings withOutputPriority(OutputPriority p) {
    return new UnitSettings(
        p,
        chargePriority,
        maxChargeAmps,
        maxAcChargeAmps,
        gridDischargeCutoffSoc,
        gridRecoverySoc,
        offGridCutoffSoc,
        offGridRecoverySoc);
  }

  /** A copy with another charge priority. */
  public UnitSettings withChargePriority(ChargePriority p) {
    return new UnitSettings(
        outputPriority,
        p,
        maxChargeAmps,
        maxAcChargeAmps,
        gridDischargeCutoffSoc,
        gridRecoverySoc,
        offGridCutoffSoc,
        offGridRecoverySoc);
  }
}
