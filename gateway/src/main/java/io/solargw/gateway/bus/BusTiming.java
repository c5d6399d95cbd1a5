package io.solargw.gateway.bus;

import java.time.Duration;

/**
 * Timing rules of one bus.
 *
 * @param timeout longest wait for a complete answer
 * @param gap idle time between the end of one transaction and the next request (protocol doc:
 *     inverters 200 ms, PACE packs 50 ms)
 * @param retries extra attempts after a failed transaction (0..5)
 */
public record BusTiming(Duration timeout, Duration gap, int retries) {

  public BusTiming {
    if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > 60_000) {
      throw new IllegalArgumentException("timeout must be in 1 ms..60 s, got " + timeout);
    }
    if (gap.isNegative() || gap.toMillis() > 10_000) {
      throw new IllegalArgumentException("gap must be in 0..10 s, got " + gap);
    }
    if (retries < 0 || retries > 5) {
      throw new IllegalArgumentException("retries must be in 0..5, got " + retries);
    }
  }
}
