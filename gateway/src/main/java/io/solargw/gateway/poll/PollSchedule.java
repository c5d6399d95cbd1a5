package io.solargw.gateway.poll;

import java.time.Duration;

/**
 * How often a device is polled and when it counts as gone.
 *
 * @param fast interval of the fast group (power flows, codes)
 * @param slow interval of the slow group (settings, versions, serial, counters)
 * @param unavailableAfter failed cycles in a row before the device is marked unavailable
 * @param offline interval while unavailable
 */
public record PollSchedule(Duration fast, Duration slow, int unavailableAfter, Duration offline) {

  public PollSchedule {
    if (fast.isNegative() || fast.isZero()) {
      throw new IllegalArgumentException("fast must be positive, got " + fast);
    }
    if (slow.compareTo(fast) < 0) {
      throw new IllegalArgumentException("slow must be >= fast, got " + slow + " < " + fast);
    }
    if (unavailableAfter < 1 || unavailableAfter > 100) {
      throw new IllegalArgumentException(
          "unavailableAfter must be in 1..100, got " + unavailableAfter);
    }
  }

  /** Defaults of the configuration reference: 5 s, 300 s, 3 cycles, 60 s. */
  public static PollSchedule defaults() {
    return new PollSchedule(
        Duration.ofSeconds(5), Duration.ofSeconds(300), 3, Duration.ofSeconds(60));
  }

  /**
   * When a device due at {@code due} (polled at {@code now}) is next due: one {@code interval}
   * after the slot it was due in, so every device of a bus stays on one grid and a cycle runs them
   * back to back instead of drifting apart by their own poll times. A bus that has fallen behind
   * catches up at once, by at most one interval (a slow first cycle does not leave a backlog).
   */
  public static long nextDue(long due, long now, Duration interval) {
    long step = interval.toNanos();
    long next = due + step;
    long behind = now - next;
    return behind > step ? next + behind / step * step : next;
  }
}
