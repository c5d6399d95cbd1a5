package io.solargw.protocol.inverter.profile;

import java.util.Arrays;
import java.util.Optional;

/**
 * Word order of 32-bit values. SRNE stores the low word at the lower address (protocol doc 2.6,
 * confirmed by capture F034/F035 = 0x11CE, 0x0000 → 4558 Ah).
 */
public enum WordOrder {
  LOW_FIRST("low_first"),
  HIGH_FIRST("high_first");

  private final String keyword;

  WordOrder(String keyword) {
    this.keyword = keyword;
  }

  /** The spelling in profile YAML. */
  public String keyword() {
    return keyword;
  }

  /** The order spelled {@code keyword}, if any. */
  public static Optional<WordOrder> of(String keyword) {
    return Arrays.stream(values()).filter(w -> w.keyword.equals(keyword)).findFirst();
  }
}
