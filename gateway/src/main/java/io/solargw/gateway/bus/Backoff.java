package io.solargw.gateway.bus;

import java.time.Duration;

/** Capped exponential backoff for reconnecting a link: 1 s, 2 s, 4 s ... up to the cap. */
public final class Backoff {

  private final Duration first;
  private final Duration cap;
  private Duration next;

  /**
   * @param first the first delay
   * @param cap the longest delay
   */
  public Backoff(Duration first, Duration cap) {
    this.first = first;
    this.cap = cap;
    this.next = first;
  }

  /** The delay to wait now; doubles the following one up to the cap. */
  public Duration next() {
    Duration d = next;
    Duration doubled = next.multipliedBy(2);
    next = doubled.compareTo(cap) > 0 ? cap : doubled;
    return d;
  }

  /** Back to the first delay (after a success). */
  public void reset() {
    next = first;
  }
}
