package io.solargw.protocol.inverter.profile;

import java.util.Arrays;
import java.util.Optional;

/**
 * How often the poller reads a point: power flows fast, settings and texts slowly, codes on change.
 */
public enum PollGroup {
  /** Power flows, voltages, currents: every cycle. */
  FAST("fast"),
  /** Settings read-back, versions, serial number, energy counters: every few cycles. */
  SLOW("slow"),
  /** Active fault/alarm codes: every cycle, published when they change. */
  ON_CHANGE("on_change"),
  /** Never polled (write-only command registers); decoded only when given. */
  NEVER("never");

  private final String keyword;

  PollGroup(String keyword) {
    this.keyword = keyword;
  }

  /** The spelling in profile YAML. */
  public String keyword() {
    return keyword;
  }

  /** The group spelled {@code keyword}, if any. */
  public static Optional<PollGroup> of(String keyword) {
    return Arrays.stream(values()).filter(g -> g.keyword.equals(keyword)).findFirst();
  }
}
