package io.solargw.sim.site;

import java.util.SplittableRandom;

/**
 * Sunlight over a day: a half-sine from 06:00 to 18:00 scaled by a slowly drifting cloud factor.
 * Returns the fraction (0..1) of the array's peak available at a time of day.
 */
final class SolarDay {

  private static final double SUNRISE_H = 6.0;
  private static final double DAYLIGHT_H = 12.0;
  private final SplittableRandom random;
  private double cloud = 1.0;

  SolarDay(SplittableRandom random) {
    this.random = random;
  }

  /**
   * Advances the clouds by {@code seconds} and returns the available fraction of peak at {@code
   * hourOfDay}.
   */
  double fraction(double hourOfDay, double seconds) {
    // Clouds drift as a bounded random walk: a minute of simulated time moves them by ~2 %.
    double drift = (random.nextDouble() - 0.5) * 0.04 * Math.sqrt(Math.max(seconds, 0) / 60.0);
    cloud = Math.min(1.0, Math.max(0.35, cloud + drift));
    double x = (hourOfDay - SUNRISE_H) / DAYLIGHT_H;
    if (x <= 0 || x >= 1) {
      return 0;
    }
    return Math.sin(Math.PI * x) * cloud;
  }
}
