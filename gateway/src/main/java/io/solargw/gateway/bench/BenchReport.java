package io.solargw.gateway.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints {@code bench} figures as a table for people or as JSON for scripts. */
public final class BenchReport {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final BenchSettings settings;
  private final List<BenchResult> results;

  /**
   * @param settings how the bench ran
   * @param results one per configuration
   */
  public BenchReport(BenchSettings settings, List<BenchResult> results) {
    this.settings = settings;
    this.results = List.copyOf(results);
  }

  /** One line per bus and configuration, with a header. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%d baud 8N1, device turnaround %d ms, gaps: inverters %d ms, battery %d ms%n",
            settings.baud(),
            settings.turnaround().toMillis(),
            settings.inverterGap().toMillis(),
            settings.bmsGap().toMillis()));
    out.append(
        String.format(
            Locale.ROOT,
            "%-26s %-10s %10s %12s %6s %13s %7s%n",
            "configuration",
            "bus",
            "floor ms",
            "measured ms",
            "ratio",
            "transactions",
            "bytes"));
    for (BenchResult r : results) {
      String config = r.inverters() + " inverter(s), " + r.packs() + " pack(s)";
      for (BusFigures b : r.buses()) {
        out.append(
            String.format(
                Locale.ROOT,
                "%-26s %-10s %10.1f %12.1f %6.3f %13d %7d%s%n",
                config,
                b.bus(),
                b.floor().millis(),
                b.measuredMillis(),
                b.ratio(),
                b.floor().transactions(),
                b.floor().bytes(),
                note(b)));
      }
    }
    return out.toString();
  }

  private static String note(BusFigures b) {
    if (b.cycles() == 0) {
      return "  (no cycle completed)";
    }
    if (!b.asPlanned()) {
      return String.format(
          Locale.ROOT,
          "  (measured cycle sent %d transactions, %d bytes: retries or timeouts)",
          b.measuredTransactions(),
          b.measuredBytes());
    }
    return "";
  }

  /** The same figures as JSON. */
  public String json() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("baud", settings.baud());
    root.put("turnaround_ms", settings.turnaround().toMillis());
    root.put("bits_per_byte", WireFloor.BITS_PER_BYTE);
    List<Map<String, Object>> configs = results.stream().map(BenchReport::configuration).toList();
    root.put("configurations", configs);
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the bench figures as JSON", e);
    }
  }

  private static Map<String, Object> configuration(BenchResult r) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("inverters", r.inverters());
    c.put("packs", r.packs());
    c.put("buses", r.buses().stream().map(BenchReport::bus).toList());
    return c;
  }

  private static Map<String, Object> bus(BusFigures b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("bus", b.bus());
    m.put("floor_ms", round(b.floor().millis()));
    m.put("measured_ms", round(b.measuredMillis()));
    m.put("ratio", Math.round(b.ratio() * 1000) / 1000.0);
    m.put("transactions", b.floor().transactions());
    m.put("bytes", b.floor().bytes());
    m.put("gap_ms", b.gapMillis());
    m.put("cycles_measured", b.cycles());
    m.put("measured_transactions", b.measuredTransactions());
    m.put("measured_bytes", b.measuredBytes());
    return m;
  }

  private static double round(double millis) {
    return Math.round(millis * 10) / 10.0;
  }
}
