package io.solargw.mqtt;

/**
 * How much a number must move away from its last published value before the device's state is
 * published again between full refreshes; 0 publishes every change. Keys are matched by their unit
 * suffix ({@link UnitSuffix#deadbandKind()}); {@code mV}, {@code kW}, {@code Wh} are converted to
 * the units below first.
 *
 * @param voltageVolts {@code _V}, {@code _mV}
 * @param currentAmps {@code _A}, {@code _mA}
 * @param powerWatts {@code _W}, {@code _kW}, {@code _VA}, {@code _var}
 * @param temperatureCelsius {@code _C}
 * @param socPercent {@code _pct}
 * @param energyKilowattHours {@code _kWh}, {@code _Wh}
 * @param frequencyHertz {@code _Hz} (grid frequency jitters by a few hundredths all the time)
 */
public record Deadbands(
    double voltageVolts,
    double currentAmps,
    double powerWatts,
    double temperatureCelsius,
    double socPercent,
    double energyKilowattHours,
    double frequencyHertz) {

  /** The defaults of the configuration reference, and 0.05 Hz. */
  public static final Deadbands DEFAULT = new Deadbands(0.05, 0.1, 10, 0.5, 1, 0.01, 0.05);

  /** Every change is published. */
  public static final Deadbands NONE = new Deadbands(0, 0, 0, 0, 0, 0, 0);

  /** Rejects negative or non-finite deadbands. */
  public Deadbands {
    double[] all = {
      voltageVolts,
      currentAmps,
      powerWatts,
      temperatureCelsius,
      socPercent,
      energyKilowattHours,
      frequencyHertz
    };
    for (double band : all) {
      if (!(band >= 0) || Double.isInfinite(band)) {
        throw new IllegalArgumentException("deadbands must be finite and >= 0, got " + band);
      }
    }
  }

  /** The deadband of a kind, in the kind's base unit; 0 for {@link DeadbandKind#NONE}. */
  public double of(DeadbandKind kind) {
    return switch (kind) {
      case VOLTAGE -> voltageVolts;
      case CURRENT -> currentAmps;
      case POWER -> powerWatts;
      case TEMPERATURE -> temperatureCelsius;
      case SOC -> socPercent;
      case ENERGY -> energyKilowattHours;
      case FREQUENCY -> frequencyHertz;
      case NONE -> 0;
    };
  }
}
