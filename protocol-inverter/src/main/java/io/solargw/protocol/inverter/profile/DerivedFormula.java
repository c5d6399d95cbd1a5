package io.solargw.protocol.inverter.profile;

import java.util.Arrays;
import java.util.Optional;

/** The closed set of computations a derived value may use. */
public enum DerivedFormula {
  /** a × b, e.g. battery power = battery voltage × battery current (section 3.2 last line). */
  PRODUCT("product", 2),
  /** max(a, 0): the charging part of a value that is positive when charging. */
  POSITIVE_PART("positive_part", 1),
  /** max(−a, 0): the discharging part, as a magnitude. */
  NEGATIVE_PART("negative_part", 1);

  private final String keyword;
  private final int inputs;

  DerivedFormula(String keyword, int inputs) {
    this.keyword = keyword;
    this.inputs = inputs;
  }

  /** The spelling in profile YAML. */
  public String keyword() {
    return keyword;
  }

  /** How many input values the formula takes. */
  public int inputs() {
    return inputs;
  }

  /** The formula spelled {@code keyword}, if any. */
  public static Optional<DerivedFormula> of(String keyword) {
    return Arrays.stream(values()).filter(f -> f.keyword.equals(keyword)).findFirst();
  }
}
