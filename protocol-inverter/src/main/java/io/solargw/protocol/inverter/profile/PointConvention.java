package io.solargw.protocol.inverter.profile;

import java.util.Arrays;
import java.util.Optional;

/** A sign convention applied after scaling. */
public enum PointConvention {
  /** None: the scaled register value as is. */
  NONE("none"),
  /**
   * Battery current published with positive = charging; the raw sign is converted according to the
   * profile's {@link BatteryCurrentSign} (protocol doc 3.2, 7.4).
   */
  BATTERY_CURRENT("battery_current");

  private final String keyword;

  PointConvention(String keyword) {
    this.keyword = keyword;
  }

  /** The spelling in profile YAML. */
  public String keyword() {
    return keyword;
  }

  /** The convention spelled {@code keyword}, if any. */
  public static Optional<PointConvention> of(String keyword) {
    return Arrays.stream(values()).filter(c -> c.keyword.equals(keyword)).findFirst();
  }
}
