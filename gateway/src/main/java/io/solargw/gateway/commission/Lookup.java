package io.solargw.gateway.commission;

import io.solargw.gateway.poll.Availability;
import io.solargw.gateway.poll.DeviceReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads values out of the ordered JSON trees of device reports. */
final class Lookup {

  private Lookup() {}

  /** Whether the inverter answered this read (online with decoded points). */
  static boolean answered(DeviceReport r) {
    return r.availability() == Availability.ONLINE && section(r.values(), "points").size() > 0;
  }

  /** A sub-map of {@code tree}, or an empty map. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> section(Map<String, Object> tree, String key) {
    return tree.get(key) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  /** A list under {@code key}, or an empty list. */
  static List<?> list(Map<String, Object> tree, String key) {
    return tree.get(key) instanceof List<?> l ? l : List.of();
  }

  /** A setting read-back, as text (numbers without trailing zeros), or empty. */
  static Optional<String> setting(DeviceReport r, String name) {
    return text(section(r.values(), "settings").get(name));
  }

  /** A point, as text, or empty. */
  static Optional<String> point(DeviceReport r, String name) {
    return text(section(r.values(), "points").get(name));
  }

  /** A value as text: numbers in plain notation without trailing zeros. */
  static Optional<String> text(Object v) {
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof BigDecimal d) {
      return Optional.of(d.stripTrailingZeros().toPlainString());
    }
    if (v instanceof Double || v instanceof Float) {
      return text(BigDecimal.valueOf(((Number) v).doubleValue()));
    }
    return Optional.of(String.valueOf(v));
  }

  /** A number under {@code key}, or empty. */
  static Optional<Double> number(Map<String, Object> tree, String key) {
    return tree.get(key) instanceof Number n ? Optional.of(n.doubleValue()) : Optional.empty();
  }
}
