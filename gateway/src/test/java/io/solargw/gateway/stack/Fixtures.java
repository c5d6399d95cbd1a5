package io.solargw.gateway.stack;

import io.solargw.gateway.poll.Availability;
import io.solargw.gateway.poll.DeviceReport;
import io.solargw.gateway.stack.internal.Tree;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-made device reports for the aggregation tests. */
final class Fixtures {

  static final Instant AT = Instant.parse("2026-06-21T12:00:00Z");

  private Fixtures() {}

  /** An inverter report: {@code points} as name/value pairs, optional PMD read-back. */
  static DeviceReport inverter(
      String id, Availability availability, String parallelMode, Object... points) {
    Map<String, Object> p = new LinkedHashMap<>();
    for (int i = 0; i < points.length; i += 2) {
      p.put((String) points[i], number(points[i + 1]));
    }
    Map<String, Object> settings = new LinkedHashMap<>();
    if (parallelMode != null) {
      settings.put("parallel_mode", parallelMode);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("points", p);
    values.put("settings", settings);
    values.put("pages", Map.of());
    values.put("codes", List.of());
    Optional<String> problem =
        availability == Availability.ONLINE
            ? Optional.empty()
            : Optional.of("timeout reading 0x0100 x64 (0 bytes came)");
    return new DeviceReport(id, availability, AT, values, problem);
  }

  /** A report with the given values tree. */
  static DeviceReport report(String id, Availability availability, Map<String, Object> values) {
    return new DeviceReport(id, availability, AT, values, Optional.empty());
  }

  /** A pack analog map in the protocol-bms shape. */
  static Map<String, Object> pack(
      int address,
      String currentA,
      String voltageV,
      String fullAh,
      String socPct,
      int[] cells,
      String... temperatures) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pack_address", address);
    m.put("present", true);
    m.put("cells_mV", Arrays.stream(cells).boxed().toList());
    m.put(
        "temperatures_C",
        Arrays.stream(temperatures)
            .map(t -> t == null ? null : (Object) new BigDecimal(t))
            .toList());
    m.put("current_A", new BigDecimal(currentA));
    m.put("voltage_V", new BigDecimal(voltageV));
    m.put("full_Ah", new BigDecimal(fullAh));
    if (socPct != null) {
      m.put("soc_pct", new BigDecimal(socPct));
    }
    return m;
  }

  /** {@code name, value, name, value...} as an ordered map (numbers as BigDecimal). */
  static Map<String, Object> map(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], number(pairs[i + 1]));
    }
    return m;
  }

  /** The node at a dotted path ({@code totals.pv_power_W}, {@code excluded.0.reason}). */
  static Object path(DeviceReport r, String dotted) {
    Object node = r.values();
    for (String step : dotted.split("\\.")) {
      if (node instanceof List<?> l) {
        node = l.get(Integer.parseInt(step));
      } else {
        node = Tree.at(node, step).orElse(null);
      }
    }
    return node;
  }

  /** Exact comparison: decimals by their text (scale counts), everything else by equals. */
  static String show(Object o) {
    return o instanceof BigDecimal d ? d.toPlainString() : String.valueOf(o);
  }

  private static Object number(Object v) {
    if (v instanceof String s && s.matches("-?[0-9]+(\\.[0-9]+)?")) {
      return new BigDecimal(s);
    }
    if (v instanceof Integer i) {
      return BigDecimal.valueOf(i);
    }
    return v;
  }
}
