package io.solargw.protocol.inverter.decode;

import java.util.Objects;

/**
 * One half of an LCD page: the manual's caption and the value shown, in the page's unit.
 *
 * @param label caption, e.g. {@code PV OUTPUT KW}
 * @param name value name with the page's unit, e.g. {@code pv_power_kW}
 * @param value the value (converted to the page's unit) or why there is none
 */
public record PageSlot(String label, String name, PointValue value) {

  /** Requires all fields. */
  public PageSlot {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }
}
