package io.solargw.gateway.bus;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Running totals of one bus, read by the HTTP metrics page while the bus thread updates them:
 * transactions, bytes, timeouts, skipped noise, link failures, and decode errors by reason.
 */
public final class BusCounters {

  final LongAdder transactions = new LongAdder();
  final LongAdder bytesOut = new LongAdder();
  final LongAdder bytesIn = new LongAdder();
  final LongAdder timeouts = new LongAdder();
  final LongAdder skippedBytes = new LongAdder();
  final LongAdder linkFailures = new LongAdder();
  final LongAdder retries = new LongAdder();
  private final AtomicLong busyNanos = new AtomicLong();
  private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

  /** Counts a frame rejected by its decoder, by reason (CRC, CHECKSUM, LENGTH, ...). */
  public void countError(String reason) {
    errors.computeIfAbsent(reason, r -> new LongAdder()).increment();
  }

  /** Counts a retried transaction. */
  public void countRetry() {
    retries.increment();
  }

  void addBusy(long nanos) {
    busyNanos.addAndGet(nanos);
  }

  /** A consistent-enough copy for reports and metrics. */
  public Snapshot snapshot() {
    Map<String, Long> e = new java.util.TreeMap<>();
    errors.forEach((k, v) -> e.put(k, v.sum()));
    return new Snapshot(
        transactions.sum(),
        bytesOut.sum(),
        bytesIn.sum(),
        timeouts.sum(),
        skippedBytes.sum(),
        linkFailures.sum(),
        retries.sum(),
        busyNanos.get(),
        Map.copyOf(e));
  }

  /** Totals at an instant. */
  public record Snapshot(
      long transactions,
      long bytesOut,
      long bytesIn,
      long timeouts,
      long skippedBytes,
      long linkFailures,
      long retries,
      long busyNanos,
      Map<String, Long> errorsByReason) {

    public Snapshot {
      errorsByReason = Map.copyOf(errorsByReason);
    }
  }
}
