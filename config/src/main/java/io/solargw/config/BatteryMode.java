package io.solargw.config;

import java.util.Arrays;
import java.util.Optional;

/** How the gateway reads a multi-pack rack (bms.md 5.3). */
public enum BatteryMode {
  /**
   * One request with INFO 0xFF to the master (pack 1); it answers with a block for every pack.
   * Fewest transactions, but the answer is long: the timeout grows with the pack count.
   */
  ALL_PACKS("all-packs"),
  /** One request per pack address; for hosts on the pack-to-pack bus or masters without 0xFF. */
  PER_PACK("per-pack");

  private final String keyword;

  BatteryMode(String keyword) {
    this.keyword = keyword;
  }

  /** The spelling in the YAML file. */
  public String keyword() {
    return keyword;
  }

  /** The mode spelled {@code keyword} (exactly, lower case), if any. */
  public static Optional<BatteryMode> of(String keyword) {
    return Arrays.stream(values()).filter(v -> v.keyword.equals(keyword)).findFirst();
  }
}
