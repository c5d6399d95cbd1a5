package io.solargw.config;

import java.util.Arrays;
import java.util.Optional;

/**
 * The AC phase an inverter of a three-phase stack is set to feed: setting [30] PMD 3P1, 3P2, 3P3
 * (inverter manual).
 */
public enum Phase {
  /** First phase (3P1). */
  L1,
  /** Second phase (3P2). */
  L2,
  /** Third phase (3P3). */
  L3;

  /** The spelling in the YAML file: the constant's name. */
  public String keyword() {
    return name();
  }

  /** The phase spelled {@code keyword} ({@code L1}, {@code L2}, {@code L3}), if any. */
  public static Optional<Phase> of(String keyword) {
    return Arrays.stream(values()).filter(v -> v.name().equals(keyword)).findFirst();
  }
}
