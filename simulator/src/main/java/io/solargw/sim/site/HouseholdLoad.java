package io.solargw.sim.site;

import java.util.SplittableRandom;

/**
 * The household's demand: a base load with a morning and evening bump, plus appliances (kettle,
 * washing machine, oven) that switch on at random and run for a while.
 */
final class HouseholdLoad {

  private record Appliance(String name, double watts, double minutes, double perHour) {}

  private static final Appliance[] APPLIANCES = {
    new Appliance("kettle", 2000, 3, 0.4),
    new Appliance("washing machine", 500, 60, 0.05),
    new Appliance("oven", 2500, 40, 0.03),
    new Appliance("fridge compressor", 150, 15, 1.5)
  };

  private final SplittableRandom random;
  private final double baseWatts;
  private final double[] remainingSeconds = new double[APPLIANCES.length];

  HouseholdLoad(SplittableRandom random, double baseWatts) {
    this.random = random;
    this.baseWatts = baseWatts;
  }

  /** Advances by {@code seconds} and returns the demand in watts at {@code hourOfDay}. */
  double watts(double hourOfDay, double seconds) {
    double demand = baseWatts * (1 + 0.5 * bump(hourOfDay, 7.5) + 0.8 * bump(hourOfDay, 19.5));
    for (int i = 0; i < APPLIANCES.length; i++) {
      Appliance a = APPLIANCES[i];
      if (remainingSeconds[i] > 0) {
        remainingSeconds[i] -= seconds;
        demand += a.watts();
      } else if (random.nextDouble() < a.perHour() * seconds / 3600.0) {
        remainingSeconds[i] = a.minutes() * 60;
        demand += a.watts();
      }
    }
    return demand;
  }

  private static double bump(double hour, double centre) {
    double d = (hour - centre) / 1.5;
    return Math.exp(-d * d);
  }
}
