package io.solargw.mqtt.client.internal;

import java.time.Duration;

/**
 * Capped exponential reconnect waits: initial, 2×, 4×… up to the cap. No jitter: a gateway is one
 * client, there is no herd to spread.
 *
 * @param initial wait before the first retry
 * @param max the cap
 */
public record Backoff(Duration initial, Duration max) {

  /** Checks both are positive and ordered. */
  public Backoff {
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException(
          "need 0 < initial <= max, got initial " + initial + " and max " + max);
    }
  }

  /**
   * The wait before retry number {@code attempt}.
   *
   * @param attempt 1 for the first retry after a failure or a lost connection
   */
  public Duration delay(int attempt) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt must be >= 1, got " + attempt);
    }
    Duration wait = initial;
    for (int i = 1; i < attempt && wait.compareTo(max) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(max) > 0 ? max : wait;
  }
}
