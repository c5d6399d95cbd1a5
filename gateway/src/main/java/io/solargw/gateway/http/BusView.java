package io.solargw.gateway.http;

import io.solargw.gateway.bus.BusCounters;
import io.solargw.gateway.bus.BusWorker;
import io.solargw.gateway.stack.BusCycleStats;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One bus as the status pages see it at one instant.
 *
 * @param bus bus name
 * @param pollInterval the bus's fast poll interval: health allows N of them without an answer
 * @param linkUp whether the link (port, TCP connection) is open
 * @param lastSuccessNanos {@code System.nanoTime()} of the last poll a device answered, if any
 * @param counters running totals
 * @param lastCycle statistics of the last completed cycle, if any
 */
public record BusView(
    String bus,
    Duration pollInterval,
    boolean linkUp,
    OptionalLong lastSuccessNanos,
    BusCounters.Snapshot counters,
    Optional<BusCycleStats> lastCycle) {

  /** Validates. */
  public BusView {
    Objects.requireNonNull(bus, "bus");
    Objects.requireNonNull(counters, "counters");
    Objects.requireNonNull(lastSuccessNanos, "lastSuccessNanos");
    Objects.requireNonNull(lastCycle, "lastCycle");
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("pollInterval must be positive, got " + pollInterval);
    }
  }

  /** The current view of a running bus worker. */
  public static BusView of(
      BusWorker worker,
      BusCounters counters,
      Duration pollInterval,
      Optional<BusCycleStats> lastCycle) {
    long last = worker.lastSuccessNanos();
    return new BusView(
        worker.busName(),
        pollInterval,
        worker.linkUp(),
        last == 0 ? OptionalLong.empty() : OptionalLong.of(last),
        counters.snapshot(),
        lastCycle);
  }
}
