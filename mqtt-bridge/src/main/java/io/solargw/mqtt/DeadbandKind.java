package io.solargw.mqtt;

/**
 * The families of numbers that have their own deadband; a key's unit suffix picks one (see {@link
 * UnitSuffix}).
 */
public enum DeadbandKind {
  /** {@code _V}, {@code _mV}: deadband in volts. */
  VOLTAGE,
  /** {@code _A}, {@code _mA}: deadband in amperes. */
  CURRENT,
  /** {@code _W}, {@code _kW}, {@code _VA}, {@code _var}: deadband in watts (or VA, var). */
  POWER,
  /** {@code _C}: deadband in degrees Celsius. */
  TEMPERATURE,
  /** {@code _pct}: deadband in percent points. */
  SOC,
  /** {@code _kWh}, {@code _Wh}: deadband in kilowatt-hours. */
  ENERGY,
  /** {@code _Hz}: deadband in hertz. */
  FREQUENCY,
  /** Everything else: every change is published. */
  NONE
}
