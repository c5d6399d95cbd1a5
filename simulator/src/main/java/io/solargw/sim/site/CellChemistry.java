package io.solargw.sim.site;

/** Open-circuit voltage of a LiFePO4 cell against state of charge (typical datasheet curve). */
final class CellChemistry {

  private static final double[] SOC = {0, 5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 100};
  private static final double[] MILLIVOLTS = {
    2900, 3150, 3200, 3250, 3275, 3290, 3300, 3310, 3325, 3335, 3350, 3380, 3450
  };

  /** Cell internal resistance seen at the terminals, in milliohms. */
  static final double CELL_MILLIOHMS = 1.2;

  private CellChemistry() {}

  /** Open-circuit cell voltage in millivolts at {@code socPercent} (0..100). */
  static double openCircuitMillivolts(double socPercent) {
    double s = Math.min(100, Math.max(0, socPercent));
    for (int i = 1; i < SOC.length; i++) {
      if (s <= SOC[i]) {
        double t = (s - SOC[i - 1]) / (SOC[i] - SOC[i - 1]);
        return MILLIVOLTS[i - 1] + t * (MILLIVOLTS[i] - MILLIVOLTS[i - 1]);
      }
    }
    return MILLIVOLTS[MILLIVOLTS.length - 1];
  }
}
