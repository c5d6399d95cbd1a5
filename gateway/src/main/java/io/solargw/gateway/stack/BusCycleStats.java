package io.solargw.gateway.stack;

import io.solargw.gateway.bus.BusCounters;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one polling cycle of one bus cost: the difference of the bus counters between the start and
 * the end of the cycle.
 *
 * @param bus bus name
 * @param duration wall time from the cycle's start to its end
 * @param busy time spent inside transactions during the cycle
 * @param transactions requests sent
 * @param bytesOut bytes written
 * @param bytesIn bytes read
 * @param timeouts transactions that got no complete answer
 * @param checksumErrors frames rejected for their CRC (Modbus) or CHKSUM/LCHKSUM (PACE)
 * @param retries retried transactions
 * @param errorsByReason every decode error by reason (checksum ones included), only non-zero
 */
public record BusCycleStats(
    String bus,
    Duration duration,
    Duration busy,
    long transactions,
    long bytesOut,
    long bytesIn,
    long timeouts,
    long checksumErrors,
    long retries,
    Map<String, Long> errorsByReason) {

  /** The error reasons that mean "the frame arrived damaged". */
  public static final Set<String> CHECKSUM_REASONS = Set.of("CRC", "CHECKSUM", "LCHKSUM");

  /** Validates and copies (reasons sorted). */
  public BusCycleStats {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must be >= 0, got " + duration);
    }
    errorsByReason = Collections.unmodifiableMap(new TreeMap<>(errorsByReason));
  }

  /** The cycle between two snapshots of one bus's counters. */
  public static BusCycleStats between(
      String bus, BusCounters.Snapshot start, BusCounters.Snapshot end, Duration duration) {
    Map<String, Long> errors = new TreeMap<>();
    end.errorsByReason()
        .forEach(
            (reason, n) -> {
              long d = delta(start.errorsByReason().getOrDefault(reason, 0L), n);
              if (d > 0) {
                errors.put(reason, d);
              }
            });
    long checksum =
        errors.entrySet().stream()
            .filter(e -> CHECKSUM_REASONS.contains(e.getKey()))
            .mapToLong(Map.Entry::getValue)
            .sum();
    return new BusCycleStats(
        bus,
        duration,
        Duration.ofNanos(delta(start.busyNanos(), end.busyNanos())),
        delta(start.transactions(), end.transactions()),
        delta(start.bytesOut(), end.bytesOut()),
        delta(start.bytesIn(), end.bytesIn()),
        delta(start.timeouts(), end.timeouts()),
        checksum,
        delta(start.retries(), end.retries()),
        errors);
  }

  /** Counters only grow; a smaller end means they were replaced, so the end is the delta. */
  private static long delta(long start, long end) {
    return end >= start ? end - start : end;
  }

  /** The stats as a JSON tree, durations in seconds. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("bus", bus);
    m.put("duration_s", seconds(duration));
    m.put("busy_s", seconds(busy));
    m.put("transactions", transactions);
    m.put("bytes_out", bytesOut);
    m.put("bytes_in", bytesIn);
    m.put("timeouts", timeouts);
    m.put("checksum_errors", checksumErrors);
    m.put("retries", retries);
    m.put("errors_by_reason", errorsByReason);
    return m;
  }

  private static BigDecimal seconds(Duration d) {
    return BigDecimal.valueOf(d.toNanos(), 9).setScale(3, RoundingMode.HALF_UP);
  }
}
