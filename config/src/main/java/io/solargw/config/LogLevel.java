package io.solargw.config;

import java.util.Arrays;
import java.util.Optional;

/** How much the gateway logs: {@code error | warn | info | debug}. */
public enum LogLevel {
  /** Only failures that stop a bus or the gateway. */
  ERROR("error"),
  /** Also devices going unavailable and rejected frames. */
  WARN("warn"),
  /** Also start-up, connections and recoveries (the default). */
  INFO("info"),
  /** Also every transaction; noisy. */
  DEBUG("debug");

  private final String keyword;

  LogLevel(String keyword) {
    this.keyword = keyword;
  }

  /** The spelling in the YAML file. */
  public String keyword() {
    return keyword;
  }

  /** The level spelled {@code keyword} (exactly, lower case), if any. */
  public static Optional<LogLevel> of(String keyword) {
    return Arrays.stream(values()).filter(v -> v.keyword.equals(keyword)).findFirst();
  }
}
