package io.solargw.gateway.can;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.LongAdder;

/**
 * Running totals of one CAN bus, read by the metrics page while the listener thread updates them:
 * frames by id, ids no decoder knows, bad lines and decode errors by reason, link failures.
 */
public final class CanCounters {

  /** Unknown ids kept at most, so a noisy or misconfigured bus cannot grow the set forever. */
  static final int MAX_UNKNOWN_IDS = 64;

  private final Map<String, LongAdder> framesById = new ConcurrentHashMap<>();
  private final Set<String> unknownIds = new ConcurrentSkipListSet<>();
  private final Map<String, LongAdder> badLines = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> decodeErrors = new ConcurrentHashMap<>();
  private final LongAdder frames = new LongAdder();
  private final LongAdder linkFailures = new LongAdder();

  /** Counts a received frame under its id as logged, e.g. {@code 0x351}. */
  public void countFrame(String idHex) {
    frames.increment();
    framesById.computeIfAbsent(idHex, k -> new LongAdder()).increment();
  }

  /** Remembers an id no decoder knows (reported in {@code unknown_ids}). */
  public void countUnknownId(String idHex) {
    if (unknownIds.size() < MAX_UNKNOWN_IDS) {
      unknownIds.add(idHex);
    }
  }

  /** Counts a skipped line or frame (SYNTAX, NON_HEX, ADAPTER_ERROR, ERROR_FRAME, ...). */
  public void countBadLine(String reason) {
    badLines.computeIfAbsent(reason, k -> new LongAdder()).increment();
  }

  /** Counts a frame its decoder rejected (LENGTH, ...). */
  public void countDecodeError(String reason) {
    decodeErrors.computeIfAbsent(reason, k -> new LongAdder()).increment();
  }

  /** Counts a source that broke (adapter unplugged, connection lost) or could not be opened. */
  public void countLinkFailure() {
    linkFailures.increment();
  }

  /** Frames received so far. */
  public long frames() {
    return frames.sum();
  }

  /** A consistent-enough copy for reports and metrics. */
  public Snapshot snapshot() {
    return new Snapshot(
        frames.sum(),
        sums(framesById),
        new TreeSet<>(unknownIds),
        sums(badLines),
        sums(decodeErrors),
        linkFailures.sum());
  }

  private static SortedMap<String, Long> sums(Map<String, LongAdder> m) {
    SortedMap<String, Long> out = new TreeMap<>();
    m.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  /**
   * Totals at an instant.
   *
   * @param frames frames received
   * @param framesById frames by id ({@code 0x351} -> count), sorted
   * @param unknownIds ids no decoder knows, sorted, at most {@value #MAX_UNKNOWN_IDS}
   * @param badLinesByReason skipped lines by reason
   * @param decodeErrorsByReason rejected frames by reason
   * @param linkFailures sources that broke or could not be opened
   */
  public record Snapshot(
      long frames,
      SortedMap<String, Long> framesById,
      SortedSet<String> unknownIds,
      SortedMap<String, Long> badLinesByReason,
      SortedMap<String, Long> decodeErrorsByReason,
      long linkFailures) {

    public Snapshot {
      framesById = Collections.unmodifiableSortedMap(new TreeMap<>(framesById));
      unknownIds = Collections.unmodifiableSortedSet(new TreeSet<>(unknownIds));
      badLinesByReason = Collections.unmodifiableSortedMap(new TreeMap<>(badLinesByReason));
      decodeErrorsByReason = Collections.unmodifiableSortedMap(new TreeMap<>(decodeErrorsByReason));
    }
  }
}
