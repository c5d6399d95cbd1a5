package io.solargw.gateway.poll;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Collects the analog and alarm blocks of one rack cycle by pack address and reports each pack as a
 * device ({@code pack-N}) with its own availability: a pack missing from an answer, or whose block
 * is all zeros (bms.md 3.6: an offline pack in an all-packs answer), goes stale, then offline.
 */
final class PackReports {

  private final List<Integer> expected;
  private final int unavailableAfter;
  private final ReportSink sink;
  private final Clock clock;
  private final Map<Integer, DeviceHealth> health = new TreeMap<>();
  private final Map<Integer, Map<String, Object>> lastValues = new TreeMap<>();
  private final Map<Integer, Map<String, Object>> analog = new TreeMap<>();
  private final Map<Integer, Map<String, Object>> alarm = new TreeMap<>();

  PackReports(List<Integer> expected, int unavailableAfter, ReportSink sink, Clock clock) {
    this.expected = List.copyOf(expected);
    this.unavailableAfter = unavailableAfter;
    this.sink = sink;
    this.clock = clock;
  }

  /** Files the blocks of one decoded answer by pack address. */
  void collect(RackRequests.Kind kind, Map<String, Object> answer) {
    Map<Integer, Map<String, Object>> into = kind == RackRequests.Kind.ANALOG ? analog : alarm;
    if (answer.get("packs") instanceof List<?> blocks) {
      for (Object b : blocks) {
        if (b instanceof Map<?, ?> m && m.get("pack_address") instanceof Number n) {
          into.put(n.intValue(), copy(m));
        }
      }
    } else if (answer.get("pack_address") instanceof Number n) {
      into.put(n.intValue(), copy(answer));
    }
  }

  /** Reports every pack of this cycle; returns true when every pack is offline. */
  boolean publish(Optional<String> problem) {
    TreeSet<Integer> addresses = new TreeSet<>(expected);
    addresses.addAll(analog.keySet());
    boolean allOffline = true;
    for (int address : addresses) {
      Map<String, Object> a = analog.get(address);
      boolean answered = a != null && !Boolean.FALSE.equals(a.get("present"));
      Availability availability =
          health.computeIfAbsent(address, k -> new DeviceHealth(unavailableAfter)).record(answered);
      if (answered) {
        Map<String, Object> values = new LinkedHashMap<>(a);
        Optional.ofNullable(alarm.get(address)).ifPresent(m -> values.put("alarm", m));
        values.put("expected", expected.contains(address));
        lastValues.put(address, values);
      }
      allOffline &= availability == Availability.OFFLINE;
      sink.accept(
          new DeviceReport(
              "pack-" + address,
              availability,
              clock.instant(),
              lastValues.getOrDefault(address, Map.of()),
              answered ? Optional.empty() : problem.or(() -> Optional.of("pack did not answer"))));
    }
    analog.clear();
    alarm.clear();
    return allOffline;
  }

  private static Map<String, Object> copy(Map<?, ?> m) {
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }
}
