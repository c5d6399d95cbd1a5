package io.solargw.gateway.stack;

import io.solargw.gateway.bus.BusCounters;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the statistics of the last completed cycle of every bus. Each bus thread calls {@link
 * #cycleStarted} and {@link #cycleEnded} around its cycle; the HTTP metrics page reads {@link
 * #last} from another thread. The caller supplies the monotonic time so tests need no clock.
 */
public final class BusCycleTracker {

  private record Start(BusCounters.Snapshot counters, long nanos) {}

  private final Map<String, Start> started = new ConcurrentHashMap<>();
  private final Map<String, BusCycleStats> last = new ConcurrentHashMap<>();

  /** Marks the start of a cycle of {@code bus}. */
  public void cycleStarted(String bus, BusCounters.Snapshot counters, long nanoTime) {
    started.put(bus, new Start(counters, nanoTime));
  }

  /**
   * Marks the end of the cycle of {@code bus} and keeps its statistics.
   *
   * @return the cycle's statistics, empty when no cycle of {@code bus} was started
   */
  public Optional<BusCycleStats> cycleEnded(
      String bus, BusCounters.Snapshot counters, long nanoTime) {
    Start s = started.remove(bus);
    if (s == null) {
      return Optional.empty();
    }
    BusCycleStats stats =
        BusCycleStats.between(
            bus, s.counters(), counters, Duration.ofNanos(Math.max(0, nanoTime - s.nanos())));
    last.put(bus, stats);
    return Optional.of(stats);
  }

  /** The last completed cycle of {@code bus}. */
  public Optional<BusCycleStats> last(String bus) {
    return Optional.ofNullable(last.get(bus));
  }
}
