package io.solargw.mqtt;

import java.util.Optional;

/**
 * The unit suffixes of value keys ({@code battery_voltage_V}: suffix {@code V}) and what they mean
 * for Home Assistant and for deadbands.
 *
 * <p>Device classes, units and state classes follow Home Assistant's sensor constants ({@code
 * DEVICE_CLASS_UNITS}, {@code DEVICE_CLASS_STATE_CLASSES}): energy only accepts {@code total} or
 * {@code total_increasing}; {@code Ah} has no device class, so it is a plain measurement.
 */
public enum UnitSuffix {
  VOLT("V", "voltage", "measurement", "V", DeadbandKind.VOLTAGE, 1),
  MILLIVOLT("mV", "voltage", "measurement", "mV", DeadbandKind.VOLTAGE, 0.001),
  AMPERE("A", "current", "measurement", "A", DeadbandKind.CURRENT, 1),
  MILLIAMPERE("mA", "current", "measurement", "mA", DeadbandKind.CURRENT, 0.001),
  WATT("W", "power", "measurement", "W", DeadbandKind.POWER, 1),
  KILOWATT("kW", "power", "measurement", "kW", DeadbandKind.POWER, 1000),
  VOLT_AMPERE("VA", "apparent_power", "measurement", "VA", DeadbandKind.POWER, 1),
  VAR("var", "reactive_power", "measurement", "var", DeadbandKind.POWER, 1),
  KILOWATT_HOUR("kWh", "energy", "total_increasing", "kWh", DeadbandKind.ENERGY, 1),
  WATT_HOUR("Wh", "energy", "total_increasing", "Wh", DeadbandKind.ENERGY, 0.001),
  AMPERE_HOUR("Ah", "", "measurement", "Ah", DeadbandKind.NONE, 1),
  HERTZ("Hz", "frequency", "measurement", "Hz", DeadbandKind.FREQUENCY, 1),
  CELSIUS("C", "temperature", "measurement", "°C", DeadbandKind.TEMPERATURE, 1),
  /** {@code soc_pct} is a battery level; other percentages (load, SOH) have no device class. */
  PERCENT("pct", "", "measurement", "%", DeadbandKind.SOC, 1),
  MILLISECOND("ms", "duration", "measurement", "ms", DeadbandKind.NONE, 1),
  SECOND("s", "duration", "measurement", "s", DeadbandKind.NONE, 1),
  MINUTE("min", "duration", "measurement", "min", DeadbandKind.NONE, 1),
  HOUR("h", "duration", "measurement", "h", DeadbandKind.NONE, 1);

  private final String suffix;
  private final String deviceClass;
  private final String stateClass;
  private final String unit;
  private final DeadbandKind deadbandKind;
  private final double toDeadbandUnit;

  UnitSuffix(
      String suffix,
      String deviceClass,
      String stateClass,
      String unit,
      DeadbandKind deadbandKind,
      double toDeadbandUnit) {
    this.suffix = suffix;
    this.deviceClass = deviceClass;
    this.stateClass = stateClass;
    this.unit = unit;
    this.deadbandKind = deadbandKind;
    this.toDeadbandUnit = toDeadbandUnit;
  }

  /** The suffix of a key (after its last {@code _}), if it is a known unit. */
  public static Optional<UnitSuffix> of(String key) {
    int cut = key.lastIndexOf('_');
    if (cut < 0) {
      return Optional.empty();
    }
    String tail = key.substring(cut + 1);
    for (UnitSuffix candidate : values()) {
      if (candidate.suffix.equals(tail)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The key text, e.g. {@code kWh}. */
  public String suffix() {
    return suffix;
  }

  /** Home Assistant device class; empty when none applies. */
  public String deviceClass() {
    return deviceClass;
  }

  /** Home Assistant state class. */
  public String stateClass() {
    return stateClass;
  }

  /** Home Assistant unit of measurement, e.g. {@code °C}. */
  public String unit() {
    return unit;
  }

  /** Which deadband applies. */
  public DeadbandKind deadbandKind() {
    return deadbandKind;
  }

  /** Factor from this unit to the deadband's unit (mV to V: 0.001). */
  public double toDeadbandUnit() {
    return toDeadbandUnit;
  }
}
