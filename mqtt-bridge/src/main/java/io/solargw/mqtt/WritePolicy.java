package io.solargw.mqtt;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Whether settings may be written through MQTT, and which.
 *
 * @param enabled false (the default) rejects every command with "writes are disabled"
 * @param allow the setting codes that may be written, e.g. {@code WFM}, {@code CHM}
 * @param minInterval shortest time between two accepted writes of the same setting of the same
 *     device; commands arriving sooner are rejected and counted
 */
public record WritePolicy(boolean enabled, Set<String> allow, Duration minInterval) {

  /** Writes off. */
  public static final WritePolicy DISABLED =
      new WritePolicy(false, Set.of(), Duration.ofSeconds(30));

  /** Copies the set and checks the interval. */
  public WritePolicy {
    allow = Set.copyOf(allow);
    Objects.requireNonNull(minInterval, "minInterval");
    if (minInterval.isNegative()) {
      throw new IllegalArgumentException("minInterval must not be negative, got " + minInterval);
    }
  }

  /** Writes on for the given codes. */
  public static WritePolicy allowing(Set<String> codes, Duration minInterval) {
    return new WritePolicy(true, codes, minInterval);
  }
}
