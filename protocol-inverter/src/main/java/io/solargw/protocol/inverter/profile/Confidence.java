package io.solargw.protocol.inverter.profile;

import java.util.Arrays;
import java.util.Optional;

/**
 * How sure the seed-setting → register mapping is (protocol doc 4.1): H documented and confirmed on
 * a real unit, M documented meaning with the mapping by name/order, L our guess, NONE no register.
 */
public enum Confidence {
  HIGH("H"),
  MEDIUM("M"),
  LOW("L"),
  NONE("none");

  private final String keyword;

  Confidence(String keyword) {
    this.keyword = keyword;
  }

  /** The spelling in profile YAML. */
  public String keyword() {
    return keyword;
  }

  /** The confidence spelled {@code keyword}, if any. */
  public static Optional<Confidence> of(String keyword) {
    return Arrays.stream(values()).filter(c -> c.keyword.equals(keyword)).findFirst();
  }
}
