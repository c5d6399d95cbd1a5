package io.solargw.gateway.runtime;

import io.solargw.gateway.bus.BusCounters;
import io.solargw.gateway.bus.CycleListener;
import io.solargw.gateway.stack.BusCycleStats;
import io.solargw.gateway.stack.BusCycleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Records each bus cycle's statistics and writes the one-line debug summary per cycle. */
final class CycleLog implements CycleListener {

  private static final Logger LOG = LoggerFactory.getLogger("io.solargw.gateway.cycle");

  private final BusCycleTracker tracker;

  CycleLog(BusCycleTracker tracker) {
    this.tracker = tracker;
  }

  @Override
  public void cycleStarted(String bus, BusCounters.Snapshot counters, long nanoTime) {
    tracker.cycleStarted(bus, counters, nanoTime);
  }

  @Override
  public void cycleEnded(String bus, BusCounters.Snapshot counters, long nanoTime) {
    tracker
        .cycleEnded(bus, counters, nanoTime)
        .ifPresent(
            s -> {
              if (LOG.isDebugEnabled()) {
                LOG.debug("{}", summary(s));
              }
            });
  }

  static String summary(BusCycleStats s) {
    return String.format(
        "bus %s: cycle %.3f s (busy %.3f s), %d transactions, %d/%d bytes out/in, %d timeouts,"
            + " %d checksum errors, %d retries",
        s.bus(),
        s.duration().toNanos() / 1e9,
        s.busy().toNanos() / 1e9,
        s.transactions(),
        s.bytesOut(),
        s.bytesIn(),
        s.timeouts(),
        s.checksumErrors(),
        s.retries());
  }
}
