package io.solargw.gateway.bus;

/**
 * Told when a bus starts and ends a poll cycle: a run of device polls from the moment the first
 * becomes due until the bus has nothing due any more.
 */
public interface CycleListener {

  /** A cycle starts; {@code counters} are the bus totals before it. */
  void cycleStarted(String bus, BusCounters.Snapshot counters, long nanoTime);

  /** The cycle ended; {@code counters} are the bus totals after it. */
  void cycleEnded(String bus, BusCounters.Snapshot counters, long nanoTime);

  /** Ignores cycles. */
  CycleListener NONE =
      new CycleListener() {
        @Override
        public void cycleStarted(String bus, BusCounters.Snapshot counters, long nanoTime) {}

        @Override
        public void cycleEnded(String bus, BusCounters.Snapshot counters, long nanoTime) {}
      };
}
