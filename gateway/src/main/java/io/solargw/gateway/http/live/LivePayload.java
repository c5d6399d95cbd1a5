package io.solargw.gateway.http.live;

import io.solargw.gateway.http.StatusSources;
import io.solargw.gateway.http.internal.BusHealth;
import io.solargw.gateway.http.internal.HealthPage;
import io.solargw.gateway.poll.DeviceReport;
import io.solargw.gateway.stack.BusCycleStats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What the live page shows, as one JSON tree: the inverters (power flows, state, active codes), the
 * packs (cells, temperatures, flags), the stack and rack aggregates as published, the commissioning
 * verdicts over the same reports, and bus health. Only the values the page draws are copied, so an
 * event of a full site (9 inverters, 15 packs) stays a few tens of kilobytes.
 */
public final class LivePayload {

  private static final Pattern INVERTER = Pattern.compile("(.+-)?inverter-\\d+");
  private static final Pattern PACK = Pattern.compile("pack-\\d+");

  /** The inverter points the page draws (power flows, battery, grid, load, state). */
  static final List<String> INVERTER_POINTS =
      List.of(
          "pv_power_W",
          "pv_voltage_V",
          "battery_power_W",
          "battery_soc_pct",
          "battery_voltage_V",
          "battery_current_A",
          "grid_active_power_W",
          "grid_voltage_V",
          "grid_frequency_Hz",
          "load_active_power_W",
          "load_apparent_power_VA",
          "load_ratio_pct",
          "output_voltage_V",
          "machine_state_text",
          "charge_state_text",
          "serial_number",
          "app_version");

  /** The pack values the page draws. */
  static final List<String> PACK_VALUES =
      List.of(
          "soc_pct",
          "soh_pct",
          "voltage_V",
          "current_A",
          "remaining_Ah",
          "full_Ah",
          "cycles",
          "cells_mV",
          "temperatures_C",
          "cell_min_mV",
          "cell_max_mV",
          "cell_delta_mV",
          "expected");

  private final StatusSources sources;
  private final HealthPage health;
  private final Function<Map<String, DeviceReport>, Optional<Map<String, Object>>> verdicts;

  /**
   * A payload over {@code sources}.
   *
   * @param verdicts the commissioning report over a set of latest reports, empty when the site has
   *     nothing to check
   */
  public LivePayload(
      StatusSources sources,
      Function<Map<String, DeviceReport>, Optional<Map<String, Object>>> verdicts) {
    this.sources = sources;
    this.health = new HealthPage(sources);
    this.verdicts = verdicts;
  }

  /** The tree, read now from the sources. */
  public Map<String, Object> tree() {
    Map<String, DeviceReport> reports = sources.reports().get();
    List<Object> inverters = new ArrayList<>();
    List<Object> packs = new ArrayList<>();
    reports.forEach(
        (id, r) -> {
          if (INVERTER.matcher(id).matches()) {
            inverters.add(inverter(r));
          } else if (PACK.matcher(id).matches()) {
            packs.add(pack(r));
          }
        });
    packs.sort((a, b) -> Integer.compare(number(id((Map<?, ?>) a)), number(id((Map<?, ?>) b))));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("generated_at", sources.clock().instant().toString());
    m.put("inverters", inverters);
    m.put("stack", aggregate(reports.get("inverter-stack")));
    m.put("packs", packs);
    m.put("rack", aggregate(reports.get("battery-rack")));
    m.put("commissioning", verdicts.apply(reports).orElse(null));
    m.put("buses", health.judgeAll().stream().map(LivePayload::bus).toList());
    return m;
  }

  private static Map<String, Object> head(DeviceReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.deviceId());
    m.put("availability", r.availability().name().toLowerCase(Locale.ROOT));
    m.put("at", r.at().toString());
    m.put("problem", r.problem().orElse(null));
    return m;
  }

  static Map<String, Object> inverter(DeviceReport r) {
    Map<String, Object> m = head(r);
    Map<String, Object> points = section(r.values(), "points");
    Map<String, Object> values = new LinkedHashMap<>();
    INVERTER_POINTS.forEach(k -> values.put(k, points.get(k)));
    m.put("values", values);
    m.put("parallel_mode", section(r.values(), "settings").get("parallel_mode"));
    List<Object> codes = new ArrayList<>();
    if (r.values().get("codes") instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> c) {
          Map<String, Object> code = new LinkedHashMap<>();
          for (String k : List.of("kind", "number", "text", "troubleshooting")) {
            code.put(k, c.get(k));
          }
          codes.add(code);
        }
      }
    }
    m.put("codes", codes);
    return m;
  }

  static Map<String, Object> pack(DeviceReport r) {
    Map<String, Object> m = head(r);
    Map<String, Object> values = new LinkedHashMap<>();
    PACK_VALUES.forEach(k -> values.put(k, r.values().get(k)));
    m.put("values", values);
    Map<String, Object> alarm = section(r.values(), "alarm");
    Map<String, Object> flags = new LinkedHashMap<>();
    for (String kind : List.of("protections", "faults", "alarms")) {
      List<Object> active = new ArrayList<>();
      if (alarm.get(kind) instanceof List<?> list) {
        for (Object o : list) {
          if (o instanceof Map<?, ?> f) {
            Map<String, Object> flag = new LinkedHashMap<>();
            flag.put("label", f.get("label"));
            flag.put("description", f.get("description"));
            active.add(flag);
          }
        }
      }
      flags.put(kind, active);
    }
    flags.put("status", alarm.getOrDefault("status", List.of()));
    flags.put("balancing_cells", alarm.getOrDefault("balancing_cells", List.of()));
    m.put("flags", flags);
    return m;
  }

  /** An aggregate report as published ({@code null} before its first report). */
  private static Map<String, Object> aggregate(DeviceReport r) {
    if (r == null) {
      return null;
    }
    Map<String, Object> m = head(r);
    m.put("values", r.values());
    return m;
  }

  static Map<String, Object> bus(BusHealth h) {
    Map<String, Object> m = h.toJson();
    var totals = h.view().counters();
    m.put("transactions", totals.transactions());
    m.put("timeouts", totals.timeouts());
    m.put("retries", totals.retries());
    m.put("crc_errors", checksumErrors(totals.errorsByReason()));
    m.put("errors_by_reason", totals.errorsByReason());
    m.put(
        "cycle",
        h.view()
            .lastCycle()
            .map(
                c -> {
                  Map<String, Object> cycle = new LinkedHashMap<>();
                  cycle.put("duration_s", c.toJson().get("duration_s"));
                  cycle.put("transactions", c.transactions());
                  cycle.put("timeouts", c.timeouts());
                  cycle.put("crc_errors", c.checksumErrors());
                  return cycle;
                })
            .orElse(null));
    return m;
  }

  private static long checksumErrors(Map<String, Long> byReason) {
    return byReason.entrySet().stream()
        .filter(e -> BusCycleStats.CHECKSUM_REASONS.contains(e.getKey()))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> section(Map<String, Object> tree, String key) {
    return tree.get(key) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static String id(Map<?, ?> device) {
    return String.valueOf(device.get("id"));
  }

  private static int number(String id) {
    return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
  }
}
