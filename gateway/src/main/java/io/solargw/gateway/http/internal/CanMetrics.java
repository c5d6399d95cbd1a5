package io.solargw.gateway.http.internal;

import io.solargw.gateway.can.CanCounters;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * The CAN part of {@code /metrics}: per CAN source (label {@code bus}) its health, link, frames,
 * skipped lines and rejected frames by reason, link failures, unknown ids and last frame age.
 */
final class CanMetrics {

  private static final String P = "solar_gateway_can_";
  private static final String GAUGE = "gauge";
  private static final String COUNTER = "counter";

  private final PrometheusText out;

  CanMetrics(PrometheusText out) {
    this.out = out;
  }

  void write(List<CanHealth> sources) {
    each(sources, "healthy", GAUGE, "1 while CAN frames keep coming.", c -> c.healthy() ? 1 : 0);
    each(
        sources,
        "link_up",
        GAUGE,
        "1 while the CAN source (adapter, interface) is open.",
        c -> c.view().linkUp() ? 1 : 0);
    each(
        sources,
        "frames_total",
        COUNTER,
        "CAN frames received.",
        c -> c.view().counters().frames());
    each(
        sources,
        "link_failures_total",
        COUNTER,
        "Times the CAN source broke or could not be opened.",
        c -> c.view().counters().linkFailures());
    each(
        sources,
        "unknown_ids",
        GAUGE,
        "Distinct CAN ids no decoder knows (at most 64 are remembered).",
        c -> c.view().counters().unknownIds().size());
    out.family(P + "last_frame_age_seconds", GAUGE, "Seconds since the last CAN frame.");
    sources.forEach(
        c ->
            c.age()
                .map(BusHealth::seconds)
                .ifPresent(
                    age -> out.sample(P + "last_frame_age_seconds", age, "bus", c.view().bus())));
    byReason(
        sources,
        "decode_errors_total",
        "CAN frames rejected by their decoder, by reason.",
        CanCounters.Snapshot::decodeErrorsByReason);
    byReason(
        sources,
        "bad_lines_total",
        "Lines or frames the CAN source skipped (syntax, adapter error, error frame), by reason.",
        CanCounters.Snapshot::badLinesByReason);
  }

  private void each(
      List<CanHealth> sources,
      String name,
      String type,
      String help,
      Function<CanHealth, Number> value) {
    out.family(P + name, type, help);
    sources.forEach(c -> out.sample(P + name, value.apply(c), "bus", c.view().bus()));
  }

  private void byReason(
      List<CanHealth> sources,
      String name,
      String help,
      Function<CanCounters.Snapshot, SortedMap<String, Long>> counts) {
    out.family(P + name, COUNTER, help);
    for (CanHealth c : sources) {
      for (Map.Entry<String, Long> e : counts.apply(c.view().counters()).entrySet()) {
        out.sample(P + name, e.getValue(), "bus", c.view().bus(), "reason", e.getKey());
      }
    }
  }
}
