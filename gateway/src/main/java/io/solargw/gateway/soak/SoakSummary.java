package io.solargw.gateway.soak;

import io.solargw.sim.Simulation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of a soak: the JSON summary (faults injected, values published and rejected, thread
 * deaths, RSS, counter checks) and one line per broken promise.
 *
 * @param json the summary, ready for a JSON writer
 * @param broken one reason per broken promise; empty when the soak passed
 */
public record SoakSummary(Map<String, Object> json, List<String> broken) {

  public boolean passed() {
    return broken.isEmpty();
  }

  /** Collects the parts and judges the promises. */
  static final class Builder {
    private final SoakSettings settings;
    private final Map<String, Object> json = new LinkedHashMap<>();
    private final Map<String, Object> checks = new LinkedHashMap<>();
    private final List<String> broken = new ArrayList<>();

    Builder(SoakSettings settings, Path dir, String broker) {
      this.settings = settings;
      json.put("duration_s", settings.duration().toSeconds());
      json.put("inverters", settings.inverters());
      json.put("packs", settings.packs());
      json.put("seed", settings.seed());
      json.put("speed", settings.speed());
      json.put("broker", broker);
      json.put("work_directory", dir.toString());
    }

    Builder faults(Simulation sim, FaultSchedule schedule) {
      Map<String, Long> faults = new TreeMap<>();
      sim.inverterFaults().injected().forEach((k, v) -> faults.merge(key(k.name()), v, Long::sum));
      sim.rackFaults().injected().forEach((k, v) -> faults.merge(key(k.name()), v, Long::sum));
      faults.putAll(schedule.done());
      json.put("faults_injected", faults);
      for (String kind : expectedKinds()) {
        check(
            "fault_" + kind + "_injected",
            faults.getOrDefault(kind, 0L) > 0,
            "no " + kind + " fault was injected (run longer)");
      }
      schedule.troubles().forEach(t -> check("run", false, t));
      return this;
    }

    Builder gateway(GatewayProcess gateway, RssSamples rss) {
      json.put("gateway_starts", gateway.starts());
      Map<String, Object> mem = new LinkedHashMap<>();
      mem.put("heap_flag", GatewayProcess.HEAP);
      mem.put("rss_start_kB", rss.startKb());
      mem.put("rss_end_kB", rss.endKb());
      mem.put("rss_max_kB", rss.maxKb());
      mem.put("tolerance_pct", Math.round(settings.rssTolerance() * 100));
      json.put("memory", mem);
      long limit = Math.round(rss.startKb() * (1 + settings.rssTolerance()));
      check(
          "memory_flat",
          rss.startKb() > 0 && rss.endKb() <= limit,
          "RSS grew from "
              + rss.startKb()
              + " kB to "
              + rss.endKb()
              + " kB (more than "
              + Math.round(settings.rssTolerance() * 100)
              + " %)");
      return this;
    }

    Builder observations(Observations seen, ServedValues served, Settling settled) {
      Map<String, Long> counters = seen.gateway().totals();
      json.put("gateway_counters", counters);
      long rejected =
          counters.entrySet().stream()
              .filter(e -> e.getKey().endsWith("_errors") || e.getKey().endsWith("_timeouts"))
              .mapToLong(Map.Entry::getValue)
              .sum();
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("states_received", seen.statesReceived());
      values.put("values_published", seen.valuesReceived());
      values.put("values_checked_against_simulator", seen.valuesChecked());
      values.put("keys_not_checked", seen.unchecked());
      values.put("answers_rejected_by_gateway", rejected);
      values.put("answers_served_intact", served.intact());
      values.put("answers_served_damaged", served.damaged());
      json.put("values", values);
      long deaths =
          counters.getOrDefault("uncaught_exceptions", 0L)
              + counters.getOrDefault("threads_dead", 0L);
      json.put("thread_deaths", deaths);
      check(
          "gateway_reports_thread_deaths",
          seen.gateway().reportsThreadDeaths(),
          "the gateway state has no uncaught_exceptions counter");
      check("no_thread_died", deaths == 0, deaths + " gateway thread(s) died (see gateway.log)");
      check(
          "no_corrupt_value_published",
          seen.foreignCount() == 0 && seen.valuesChecked() > 0,
          seen.valuesChecked() == 0
              ? "no published value could be checked"
              : seen.foreignCount() + " published value(s) never served: " + seen.foreign());
      check(
          "energy_counters_monotonic",
          seen.backwardsCount() == 0,
          seen.backwardsCount() + " counter(s) went backwards: " + seen.backwards());
      List<String> mismatch = settled.counterMismatches();
      json.put("energy_counters_compared", settled.countersCompared());
      check(
          "energy_counters_match_simulator",
          mismatch.isEmpty() && settled.countersCompared() > 0,
          mismatch.isEmpty() ? "no counter to compare" : "counters differ: " + mismatch);
      List<String> down = settled.unavailable();
      json.put("settle_ms", settled.millis());
      check("every_device_available", down.isEmpty(), "not available at the end: " + down);
      return this;
    }

    /** The kinds this run must have injected at least once (those with a rate above 0). */
    private List<String> expectedKinds() {
      List<String> kinds = new ArrayList<>();
      if (settings.corruptRate() > 0) {
        kinds.addAll(List.of("corrupt_byte", "bad_checksum", "truncated", "wrong_address"));
      }
      if (settings.timeoutRate() * (1 - settings.lateShare()) > 0) {
        kinds.add("no_answer");
      }
      if (settings.timeoutRate() * settings.lateShare() > 0) {
        kinds.add("late_answer");
      }
      kinds.addAll(
          List.of("tcp_link_drops", "broker_restarts", "gateway_kills", "device_away_periods"));
      return kinds;
    }

    private void check(String name, boolean ok, String reason) {
      checks.put(name, ok);
      if (!ok) {
        broken.add(name + ": " + reason);
      }
    }

    SoakSummary build() {
      json.put("checks", checks);
      json.put("broken", broken);
      json.put("passed", broken.isEmpty());
      return new SoakSummary(json, broken);
    }

    private static String key(String kind) {
      return kind.toLowerCase(java.util.Locale.ROOT);
    }
  }
}
