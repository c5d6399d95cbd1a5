package io.solargw.sim.site;

/**
 * What the simulated site is made of.
 *
 * @param inverters 1..9 parallel units
 * @param mode single, single-phase parallel or three-phase stack
 * @param ratedWattsPerUnit nominal output power of one unit (manual section 9: 3000/5000/6000 W)
 * @param pvPeakWattsPerUnit PV array peak on each unit's MPPT at noon on a clear day
 * @param houseBaseWatts the household's base load for the whole site
 * @param packs 1..15 battery packs of 16 cells
 * @param packCapacityAh rated capacity of one pack
 * @param seed seed of every random choice (clouds, appliances, cell spread)
 */
public record SiteConfig(
    int inverters,
    StackMode mode,
    int ratedWattsPerUnit,
    int pvPeakWattsPerUnit,
    int houseBaseWatts,
    int packs,
    int packCapacityAh,
    long seed) {

  /** The demo's site: 2 parallel 6 kW units, 4 packs of 100 Ah. */
  public static SiteConfig demo() {
    return new SiteConfig(2, StackMode.PAL, 6000, 4000, 400, 4, 100, 1);
  }

  public SiteConfig {
    requireRange("inverters", inverters, 1, 9);
    requireRange("packs", packs, 1, 15);
    requireRange("ratedWattsPerUnit", ratedWattsPerUnit, 1000, 12000);
    requireRange("pvPeakWattsPerUnit", pvPeakWattsPerUnit, 0, 20000);
    requireRange("houseBaseWatts", houseBaseWatts, 0, 50000);
    requireRange("packCapacityAh", packCapacityAh, 10, 400);
    if (mode == null) {
      throw new IllegalArgumentException("mode must be SIG, PAL or THREE_PHASE");
    }
    if (mode == StackMode.SIG && inverters != 1) {
      throw new IllegalArgumentException("mode SIG needs exactly 1 inverter, got " + inverters);
    }
  }

  /** A copy with another stack layout. */
  public SiteConfig withStack(int inverterCount, StackMode stackMode) {
    return new SiteConfig(
        inverterCount,
        stackMode,
        ratedWattsPerUnit,
        pvPeakWattsPerUnit,
        houseBaseWatts,
        packs,
        packCapacityAh,
        seed);
  }

  /** A copy with another pack count. */
  public SiteConfig withPacks(int packCount) {
    return new SiteConfig(
        inverters,
        mode,
        ratedWattsPerUnit,
        pvPeakWattsPerUnit,
        houseBaseWatts,
        packCount,
        packCapacityAh,
        seed);
  }

  private static void requireRange(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be in " + min + ".." + max + ", got " + value);
    }
  }
}
