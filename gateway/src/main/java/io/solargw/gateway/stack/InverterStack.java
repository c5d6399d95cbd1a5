package io.solargw.gateway.stack;

import io.solargw.config.Phase;
import io.solargw.gateway.poll.Availability;
import io.solargw.gateway.poll.DeviceReport;
import io.solargw.gateway.stack.internal.Selection;
import io.solargw.gateway.stack.internal.StackEnergy;
import io.solargw.gateway.stack.internal.Sums;
import io.solargw.gateway.stack.internal.UnitPhase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parallel inverter stack as one device ({@code inverter-stack}): totals across units, per
 * phase totals of a three-phase stack, energy totals, and which units were left out and why. Only
 * ONLINE units are added; the rules are in {@code docs/reference/aggregation.md}.
 */
public final class InverterStack {

  /** Device id of the aggregate report. */
  public static final String DEVICE_ID = "inverter-stack";

  /** Points summed over all fresh units ({@code battery_power_W}: + = charging). */
  static final List<String> TOTALS =
      List.of(
          "pv_power_W",
          "load_active_power_W",
          "load_apparent_power_VA",
          "battery_power_W",
          "battery_current_A",
          "grid_active_power_W",
          "ac_charge_current_A",
          "pv_charge_current_A");

  /** Points summed over the fresh units of one phase. */
  static final List<String> PHASE_TOTALS =
      List.of(
          "pv_power_W",
          "load_active_power_W",
          "load_apparent_power_VA",
          "battery_power_W",
          "grid_active_power_W");

  /** Points averaged over the fresh units of one phase (they share the phase's wire). */
  static final List<String> PHASE_MEANS = List.of("output_voltage_V", "grid_voltage_V");

  private InverterStack() {}

  /**
   * Aggregates the latest reports of the configured units.
   *
   * @param unitIds the configured inverter device ids, in configuration order
   * @param latest the latest report per device id (other devices are ignored)
   * @param phaseHints configured phase per device id, for units whose read-back says nothing
   * @param at the timestamp of the aggregate report
   * @return an ONLINE report when at least one unit was fresh, else OFFLINE; its problem names the
   *     excluded units
   */
  public static DeviceReport aggregate(
      List<String> unitIds,
      Map<String, DeviceReport> latest,
      Map<String, Phase> phaseHints,
      Instant at) {
    Selection selection = Selection.of(unitIds, latest);
    List<UnitPhase> phases = new ArrayList<>();
    for (String id : unitIds.stream().distinct().toList()) {
      phases.add(
          UnitPhase.of(
              id, Optional.ofNullable(latest.get(id)), Optional.ofNullable(phaseHints.get(id))));
    }
    boolean threePhase = phases.stream().anyMatch(p -> p.phase().isPresent());
    int total = phases.size();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("mode", threePhase ? "three_phase" : "single_phase");
    v.put("units_total", total);
    v.put("units_included", selection.included().size());
    v.put("included", selection.included().stream().map(DeviceReport::deviceId).toList());
    v.put("excluded", selection.excluded());
    Map<String, Object> totals = new LinkedHashMap<>();
    Sums.putSums(totals, selection.included(), TOTALS);
    v.put("totals", totals);
    if (threePhase) {
      v.put("phases", phaseTotals(selection.included(), phases));
      v.put("phase_assignment", phases.stream().map(UnitPhase::toJson).toList());
    }
    v.put(
        "phase_conflicts",
        phases.stream().filter(UnitPhase::conflicting).map(UnitPhase::conflictJson).toList());
    v.put("energy", StackEnergy.of(selection));
    Availability availability =
        selection.included().isEmpty() ? Availability.OFFLINE : Availability.ONLINE;
    Optional<String> problem =
        selection.excluded().isEmpty() ? Optional.empty() : Optional.of(selection.summary(total));
    return new DeviceReport(DEVICE_ID, availability, at, v, problem);
  }

  private static Map<String, Object> phaseTotals(
      List<DeviceReport> included, List<UnitPhase> phases) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Phase phase : Phase.values()) {
      List<String> ids =
          phases.stream()
              .filter(p -> p.phase().equals(Optional.of(phase)))
              .map(UnitPhase::device)
              .toList();
      List<DeviceReport> units = included.stream().filter(r -> ids.contains(r.deviceId())).toList();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("units", units.stream().map(DeviceReport::deviceId).toList());
      Sums.putSums(m, units, PHASE_TOTALS);
      Sums.putMeans(m, units, PHASE_MEANS);
      out.put(phase.keyword(), m);
    }
    return out;
  }
}
