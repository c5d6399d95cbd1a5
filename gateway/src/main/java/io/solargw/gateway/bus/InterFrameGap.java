package io.solargw.gateway.bus;

import java.time.Duration;

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

  /** Sleeps until the gap after the last transaction has passed (at once before the first). */
  void await() throws InterruptedException {
    long waitNanos = lastEndNanos + gap.toNanos() - System.nanoTime();
    if (lastEndNanos != 0 && waitNanos > 0) {
      Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
    }
  }

  /** Marks the end of a transaction now; returns {@link System#nanoTime()}. */
  long ended() {
    lastEndNanos = System.nanoTime();
    return lastEndNanos;
  }
}
