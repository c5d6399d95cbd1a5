package io.solargw.gateway.bus;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * The idle time a bus keeps between the end of one transaction and the next request (protocol doc:
 * inverters 200 ms, PACE packs 50 ms). Owned by the bus thread.
 */
final class InterFrameGap {

  private final Duration gap;
  private long lastEndNanos;

  InterFrameGap(Duration gap) {
    this.gap = gap;
  }

  /**
   * Waits until the gap after the last transaction has passed (at once before the first), to the
   * nanosecond: {@code Thread.sleep(ms, ns)} rounds to whole milliseconds.
   */
  void await() throws InterruptedException {
    if (lastEndNanos == 0) {
      return;
    }
    long until = lastEndNanos + gap.toNanos();
    for (long wait = until - System.nanoTime(); wait > 0; wait = until - System.nanoTime()) {
      LockSupport.parkNanos(wait);
      if (Thread.interrupted()) {
        throw new InterruptedException("interrupted while waiting out the bus gap");
      }
    }
  }

  /** Marks the end of a transaction now; returns {@link System#nanoTime()}. */
  long ended() {
    lastEndNanos = System.nanoTime();
    return lastEndNanos;
  }
}
