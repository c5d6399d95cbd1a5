package io.solargw.gateway.stack;

import static io.solargw.gateway.poll.Availability.OFFLINE;
import static io.solargw.gateway.poll.Availability.ONLINE;
import static io.solargw.gateway.poll.Availability.STALE;
import static io.solargw.gateway.stack.Fixtures.AT;
import static io.solargw.gateway.stack.Fixtures.inverter;
import static io.solargw.gateway.stack.Fixtures.path;
import static io.solargw.gateway.stack.Fixtures.show;
import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.config.Phase;
import io.solargw.gateway.poll.DeviceReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InverterStackTest {

  /** One situation: the configured units, their reports, hints, and one expected field. */
  record Row(
      String name,
      List<String> ids,
      List<DeviceReport> reports,
      Map<String, Phase> hints,
      String path,
      String expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Row row(String name, List<DeviceReport> reports, String path, String expected) {
    return new Row(name, ids(reports), reports, Map.of(), path, expected);
  }

  static Row row(
      String name,
      List<DeviceReport> reports,
      Map<String, Phase> hints,
      String path,
      String expected) {
    return new Row(name, ids(reports), reports, hints, path, expected);
  }

  static List<String> ids(List<DeviceReport> reports) {
    return reports.stream().map(DeviceReport::deviceId).toList();
  }

  static final List<DeviceReport> PARALLEL =
      List.of(
          inverter(
              "inverter-1",
              ONLINE,
              "PAL",
              "pv_power_W",
              1200,
              "load_active_power_W",
              900,
              "load_apparent_power_VA",
              1000,
              "battery_power_W",
              "450.5",
              "battery_current_A",
              "8.5",
              "grid_active_power_W",
              0,
              "ac_charge_current_A",
              "0.0",
              "pv_energy_today_kWh",
              "3.1",
              "pv_energy_total_kWh",
              "1200.4"),
          inverter(
              "inverter-2",
              ONLINE,
              "PAL",
              "pv_power_W",
              1100,
              "load_active_power_W",
              850,
              "load_apparent_power_VA",
              950,
              "battery_power_W",
              "-100.0",
              "battery_current_A",
              "-1.9",
              "ac_charge_current_A",
              "2.5",
              "pv_energy_today_kWh",
              "2.9",
              "pv_energy_total_kWh",
              "1100.0"),
          inverter(
              "inverter-3",
              STALE,
              "PAL",
              "pv_power_W",
              5000,
              "load_active_power_W",
              5000,
              "battery_power_W",
              "5000",
              "pv_energy_today_kWh",
              "9.9",
              "pv_energy_total_kWh",
              "900.0"));

  static final List<DeviceReport> THREE_PHASE =
      List.of(
          inverter(
              "inverter-1",
              ONLINE,
              "3P1",
              "load_active_power_W",
              1000,
              "load_apparent_power_VA",
              1100,
              "output_voltage_V",
              "230.0",
              "pv_power_W",
              300),
          inverter(
              "inverter-2",
              ONLINE,
              "3P1",
              "load_active_power_W",
              800,
              "load_apparent_power_VA",
              900,
              "output_voltage_V",
              "231.1",
              "pv_power_W",
              200),
          inverter(
              "inverter-3", ONLINE, "3P2", "load_active_power_W", 700, "output_voltage_V", "229.0"),
          inverter(
              "inverter-4", ONLINE, null, "load_active_power_W", 600, "output_voltage_V", "232.0"),
          inverter("inverter-5", OFFLINE, "3P3", "load_active_power_W", 999));

  static final Map<String, Phase> HINTS = Map.of("inverter-4", Phase.L3, "inverter-3", Phase.L3);

  static Stream<Row> rows() {
    return Stream.of(
        row("PV adds over fresh units", PARALLEL, "totals.pv_power_W", "2300"),
        row("load active adds", PARALLEL, "totals.load_active_power_W", "1750"),
        row("load apparent adds", PARALLEL, "totals.load_apparent_power_VA", "1950"),
        row(
            "battery power keeps its sign (+ charging)",
            PARALLEL,
            "totals.battery_power_W",
            "350.5"),
        row("battery current keeps its sign", PARALLEL, "totals.battery_current_A", "6.6"),
        row("a point one unit lacks adds the others", PARALLEL, "totals.grid_active_power_W", "0"),
        row("AC charge adds", PARALLEL, "totals.ac_charge_current_A", "2.5"),
        row("a point no unit has is null", PARALLEL, "totals.pv_charge_current_A", "null"),
        row("single phase mode", PARALLEL, "mode", "single_phase"),
        row("no phases section in single phase", PARALLEL, "phases", "null"),
        row("units total", PARALLEL, "units_total", "3"),
        row("stale unit not included", PARALLEL, "units_included", "2"),
        row("included list", PARALLEL, "included", "[inverter-1, inverter-2]"),
        row("stale unit named", PARALLEL, "excluded.0.device", "inverter-3"),
        row("stale reason", PARALLEL, "excluded.0.reason", "stale"),
        row(
            "stale detail is the poll problem",
            PARALLEL,
            "excluded.0.detail",
            "timeout reading 0x0100 x64 (0 bytes came)"),
        row("day energy: fresh units only", PARALLEL, "energy.pv_energy_today_kWh", "6.0"),
        row(
            "lifetime energy: stale unit's last value kept",
            PARALLEL,
            "energy.pv_energy_total_kWh",
            "3200.4"),
        new Row(
            "lifetime energy: unknown (not a smaller sum) while a configured unit never reported",
            List.of("inverter-1", "inverter-2", "inverter-3", "inverter-4"),
            PARALLEL,
            Map.of(),
            "energy.pv_energy_total_kWh",
            "null"),
        row(
            "lifetime from last values named",
            PARALLEL,
            "energy.lifetime_from_last_values",
            "[inverter-3]"),
        row("three phase mode", THREE_PHASE, HINTS, "mode", "three_phase"),
        row("L1 adds its two units", THREE_PHASE, HINTS, "phases.L1.load_active_power_W", "1800"),
        row("L1 apparent", THREE_PHASE, HINTS, "phases.L1.load_apparent_power_VA", "2000"),
        row("L1 voltage is the mean", THREE_PHASE, HINTS, "phases.L1.output_voltage_V", "230.6"),
        row("read-back wins over the hint", THREE_PHASE, HINTS, "phases.L2.units", "[inverter-3]"),
        row("hint used without read-back", THREE_PHASE, HINTS, "phases.L3.units", "[inverter-4]"),
        row(
            "offline unit not in its phase",
            THREE_PHASE,
            HINTS,
            "phases.L3.load_active_power_W",
            "600"),
        row("phase source read_back", THREE_PHASE, HINTS, "phase_assignment.0.source", "read_back"),
        row(
            "phase source configured",
            THREE_PHASE,
            HINTS,
            "phase_assignment.3.source",
            "configured"),
        row(
            "conflict listed",
            THREE_PHASE,
            HINTS,
            "phase_conflicts.0",
            "{device=inverter-3, configured=L3, read_back=3P2}"),
        row("stack total over phases", THREE_PHASE, HINTS, "totals.load_active_power_W", "3100"),
        row("offline reason", THREE_PHASE, HINTS, "excluded.0.reason", "offline"),
        row(
            "hint alone makes a stack three-phase",
            List.of(inverter("inverter-1", ONLINE, null, "load_active_power_W", 5)),
            Map.of("inverter-1", Phase.L2),
            "phases.L2.units",
            "[inverter-1]"),
        row(
            "PAL read-back against a configured phase is a conflict",
            List.of(inverter("inverter-1", ONLINE, "PAL")),
            Map.of("inverter-1", Phase.L1),
            "phase_conflicts.0.read_back",
            "PAL"),
        new Row(
            "a configured unit without a report",
            List.of("inverter-1", "inverter-9"),
            List.of(PARALLEL.get(0)),
            Map.of(),
            "excluded.0",
            "{device=inverter-9, reason=no_report}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void aggregates(Row row) {
    Map<String, DeviceReport> latest =
        row.reports().stream()
            .collect(
                Collectors.toMap(
                    DeviceReport::deviceId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    DeviceReport stack = InverterStack.aggregate(row.ids(), latest, row.hints(), AT);
    assertThat(show(path(stack, row.path()))).as(row.path()).isEqualTo(row.expected());
  }

  @Test
  void theReportIsTheStackDeviceAndNamesWhatWasLeftOut() {
    DeviceReport stack = aggregate(PARALLEL);
    assertThat(stack.deviceId()).isEqualTo("inverter-stack");
    assertThat(stack.availability()).isEqualTo(ONLINE);
    assertThat(stack.at()).isEqualTo(AT);
    assertThat(stack.problem()).contains("1 of 3 devices excluded: inverter-3 stale");
    assertThat(stack.values().keySet())
        .containsExactly(
            "mode",
            "units_total",
            "units_included",
            "included",
            "excluded",
            "totals",
            "phase_conflicts",
            "energy");
  }

  @Test
  void aStackWithNoFreshUnitIsOffline() {
    DeviceReport stack =
        aggregate(List.of(inverter("inverter-1", OFFLINE, "PAL", "pv_power_W", 100)));
    assertThat(stack.availability()).isEqualTo(OFFLINE);
    assertThat(path(stack, "totals.pv_power_W")).isNull();
    assertThat(path(stack, "units_included")).isEqualTo(0);
  }

  @Test
  void everyFreshSingleUnitStackHasNoProblem() {
    DeviceReport stack = aggregate(List.of(PARALLEL.get(0)));
    assertThat(stack.problem()).isEmpty();
    assertThat(path(stack, "excluded")).isEqualTo(List.of());
  }

  private static DeviceReport aggregate(List<DeviceReport> reports) {
    Map<String, DeviceReport> latest = new LinkedHashMap<>();
    reports.forEach(r -> latest.put(r.deviceId(), r));
    return InverterStack.aggregate(ids(reports), latest, Map.of(), AT);
  }
}
