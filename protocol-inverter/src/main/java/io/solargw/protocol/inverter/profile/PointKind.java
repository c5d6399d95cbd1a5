package io.solargw.protocol.inverter.profile;

import java.util.Arrays;
import java.util.Optional;

/**
 * Whether a point is a live measurement or the read-back of a setting register. They land in
 * different maps of the snapshot, so a measurement and a setting may share a name ({@code
 * output_voltage_V} is 0x0216 measured and E208 set).
 */
public enum PointKind {
  MEASUREMENT("measurement"),
  SETTING("setting");

  private final String keyword;

  PointKind(String keyword) {
    this.keyword = keyword;
  }

  /** The spelling in profile YAML. */
  public String keyword() {
    return keyword;
  }

  /** The kind spelled {@code keyword}, if any. */
  public static Optional<PointKind> of(String keyword) {
    return Arrays.stream(values()).filter(k -> k.keyword.equals(keyword)).findFirst();
  }
}
