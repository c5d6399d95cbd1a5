package io.solargw.protocol.inverter.profile;

import java.util.Arrays;
import java.util.Optional;

/** Left (input) or right (output) half of an LCD page (manual section 4.1). */
public enum PageSide {
  LEFT("left"),
  RIGHT("right");

  private final String keyword;

  PageSide(String keyword) {
    this.keyword = keyword;
  }

  /** The spelling in profile YAML and JSON. */
  public String keyword() {
    return keyword;
  }

  /** The side spelled {@code keyword}, if any. */
  public static Optional<PageSide> of(String keyword) {
    return Arrays.stream(values()).filter(s -> s.keyword.equals(keyword)).findFirst();
  }
}
