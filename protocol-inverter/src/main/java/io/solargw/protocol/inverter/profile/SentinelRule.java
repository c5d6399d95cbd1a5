package io.solargw.protocol.inverter.profile;

import java.util.Objects;
import java.util.Set;

/**
 * Register values that mean "not supported" in an area, e.g. 0x7FFF/0xFFFF in the settings area
 * (protocol doc 2.4 item 2: SMX II fw 6.63 returned them at E215, E218–E21A). A point reading one
 * of them is published as null with the reason, never as a value.
 *
 * @param range where the rule applies
 * @param values the sentinel words, each 0..0xFFFF
 */
public record SentinelRule(RegisterRange range, Set<Integer> values) {

  /** Copies the values and checks their range. */
  public SentinelRule {
    Objects.requireNonNull(range, "range");
    values = Set.copyOf(values);
    for (int v : values) {
      if (v < 0 || v > 0xFFFF) {
        throw new IllegalArgumentException("sentinel must be 0..0xFFFF, got " + v);
      }
    }
  }
}
