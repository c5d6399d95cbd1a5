package io.solargw.protocol.inverter.profile;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a positive raw battery current (0x0102) means on this firmware. SRNE V1.96/V2.08 and the
 * captured vectors: positive = discharging; V1.7 says the opposite (protocol doc 3.2 and 8). The
 * gateway always publishes battery current and power with positive = charging.
 */
public enum BatteryCurrentSign {
  DISCHARGING("discharging"),
  CHARGING("charging");

  private final String keyword;

  BatteryCurrentSign(String keyword) {
    this.keyword = keyword;
  }

  /** The spelling in profile YAML. */
  public String keyword() {
    return keyword;
  }

  /** The sign spelled {@code keyword}, if any. */
  public static Optional<BatteryCurrentSign> of(String keyword) {
    return Arrays.stream(values()).filter(s -> s.keyword.equals(keyword)).findFirst();
  }
}
