package io.solargw.protocol.inverter.decode;

import java.util.List;
import java.util.Objects;

/**
 * One decoded point or setting read-back.
 *
 * @param name JSON name (unit suffix included)
 * @param unit unit word or empty
 * @param value the value or why there is none
 * @param raw the register words it came from (empty for derived values and constants)
 */
public record PointReading(String name, String unit, PointValue value, List<Integer> raw) {

  /** Copies the raw words. */
  public PointReading {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(value, "value");
    raw = List.copyOf(raw);
  }
}
