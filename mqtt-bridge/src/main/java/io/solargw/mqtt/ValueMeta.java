package io.solargw.mqtt;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How one value appears in Home Assistant. Empty strings mean "leave the key out".
 *
 * @param name the entity name shown under the device, e.g. {@code Battery voltage}
 * @param deviceClass Home Assistant device class, e.g. {@code voltage}, {@code problem}
 * @param stateClass {@code measurement}, {@code total} or {@code total_increasing}
 * @param unit unit of measurement, e.g. {@code V}, {@code °C}
 * @param icon an {@code mdi:} icon, for values without a device class
 * @param category where the entity is listed
 * @param enabledByDefault false for the many detail values (cell voltages) users rarely want
 */
public record ValueMeta(
    String name,
    String deviceClass,
    String stateClass,
    String unit,
    String icon,
    EntityCategory category,
    boolean enabledByDefault) {

  /** Words shown in capitals in entity names. */
  private static final Set<String> ACRONYMS =
      Set.of("pv", "ac", "dc", "soc", "soh", "bms", "mos", "id", "sn", "mppt", "bus", "pcs");

  /** Checks the fields are given. */
  public ValueMeta {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(deviceClass, "deviceClass");
    Objects.requireNonNull(stateClass, "stateClass");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(icon, "icon");
    Objects.requireNonNull(category, "category");
  }

  /**
   * The metadata implied by a key and its value: the unit suffix gives device class, state class
   * and unit ({@link UnitSuffix}); {@code _pct} is a battery level only for {@code soc} keys; lists
   * are detail (diagnostic, disabled by default); texts, flags and codes have no unit.
   */
  public static ValueMeta infer(String key, Value value) {
    String name = displayName(key);
    if (!(value instanceof Value.Measured || value instanceof Value.Series)) {
      return new ValueMeta(name, "", "", "", "", EntityCategory.PRIMARY, true);
    }
    boolean series = value instanceof Value.Series;
    EntityCategory category = series ? EntityCategory.DIAGNOSTIC : EntityCategory.PRIMARY;
    return UnitSuffix.of(key)
        .map(
            suffix ->
                new ValueMeta(
                    name,
                    deviceClassOf(key, suffix),
                    suffix.stateClass(),
                    suffix.unit(),
                    "",
                    category,
                    !series))
        .orElseGet(() -> new ValueMeta(name, "", "", "", "", category, !series));
  }

  /** A copy with another device class. */
  public ValueMeta withDeviceClass(String newDeviceClass) {
    return new ValueMeta(name, newDeviceClass, stateClass, unit, icon, category, enabledByDefault);
  }

  /** A copy with another name. */
  public ValueMeta withName(String newName) {
    return new ValueMeta(newName, deviceClass, stateClass, unit, icon, category, enabledByDefault);
  }

  /** A copy with an icon. */
  public ValueMeta withIcon(String newIcon) {
    return new ValueMeta(name, deviceClass, stateClass, unit, newIcon, category, enabledByDefault);
  }

  /** A copy in another category, enabled or not. */
  public ValueMeta withCategory(EntityCategory newCategory, boolean enabled) {
    return new ValueMeta(name, deviceClass, stateClass, unit, icon, newCategory, enabled);
  }

  /** A copy with another state class (e.g. {@code total} for a counter that may be reset). */
  public ValueMeta withStateClass(String newStateClass) {
    return new ValueMeta(name, deviceClass, newStateClass, unit, icon, category, enabledByDefault);
  }

  private static String deviceClassOf(String key, UnitSuffix suffix) {
    if (suffix == UnitSuffix.PERCENT) {
      return key.startsWith("soc_") || key.contains("_soc_") ? "battery" : "";
    }
    return suffix.deviceClass();
  }

  /** {@code pv_energy_total_kWh} → {@code PV energy total}. */
  static String displayName(String key) {
    String stem =
        UnitSuffix.of(key)
            .map(s -> key.substring(0, key.length() - s.suffix().length() - 1))
            .orElse(key);
    StringBuilder name = new StringBuilder();
    for (String word : stem.split("_")) {
      if (word.isEmpty()) {
        continue;
      }
      String lower = word.toLowerCase(Locale.ROOT);
      String shown = ACRONYMS.contains(lower) ? lower.toUpperCase(Locale.ROOT) : lower;
      if (name.length() == 0) {
        shown = Character.toUpperCase(shown.charAt(0)) + shown.substring(1);
      }
      name.append(name.length() == 0 ? "" : " ").append(shown);
    }
    return name.length() == 0 ? key : name.toString();
  }
}
