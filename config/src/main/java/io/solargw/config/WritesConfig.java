package io.solargw.config;

import io.solargw.config.internal.Require;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code writes:} section: whether inverter settings may be changed through MQTT.
 *
 * @param enabled accept setting writes; default false
 * @param allow setting codes of the inverter manual that may be written (e.g. {@code WFM}, {@code
 *     CHM}, {@code MCC}), distinct, each {@link #CODE}; the runtime checks them against its
 *     settings table
 * @param minInterval shortest time between two writes of the same setting, 1 s..24 h; default 30 s
 */
public record WritesConfig(boolean enabled, List<String> allow, Duration minInterval) {

  /** The form of a setting code: upper-case letters and digits, starting with a letter. */
  public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,7}");

  /** Longest rate-limit interval, in seconds. */
  public static final int MAX_MIN_INTERVAL_S = 86_400;

  /** Copies the list and checks every code's form and the interval. */
  public WritesConfig {
    allow = List.copyOf(allow);
    allow.forEach(code -> Require.matches("allow", code, CODE));
    if (allow.stream().distinct().count() != allow.size()) {
      throw new IllegalArgumentException("allow must not list a code twice, got " + allow);
    }
    Require.range(
        "minInterval", minInterval, Duration.ofSeconds(1), Duration.ofSeconds(MAX_MIN_INTERVAL_S));
  }
}
