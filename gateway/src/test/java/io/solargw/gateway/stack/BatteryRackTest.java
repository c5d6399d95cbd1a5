package io.solargw.gateway.stack;

import static io.solargw.gateway.poll.Availability.OFFLINE;
import static io.solargw.gateway.poll.Availability.ONLINE;
import static io.solargw.gateway.poll.Availability.STALE;
import static io.solargw.gateway.stack.Fixtures.AT;
import static io.solargw.gateway.stack.Fixtures.map;
import static io.solargw.gateway.stack.Fixtures.pack;
import static io.solargw.gateway.stack.Fixtures.path;
import static io.solargw.gateway.stack.Fixtures.report;
import static io.solargw.gateway.stack.Fixtures.show;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.solargw.gateway.poll.DeviceReport;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BatteryRackTest {

  static final Map<String, Object> PACK_1 =
      pack(
          1,
          "10.0",
          "53.200",
          "100",
          "50",
          new int[] {3300, 3310, 3290, 3300},
          "25.0",
          "31.5",
          null);
  static final Map<String, Object> PACK_2 =
      pack(2, "-4.00", "53.100", "200", "80", new int[] {3340, 3350, 3350, 3340}, "27.0");
  static final Map<String, Object> PACK_3_ABSENT =
      map("pack_address", 3, "present", false, "cell_count", 16);

  static final Map<String, Object> ALARMS =
      map(
          "packs",
          List.of(
              map(
                  "pack_address",
                  1,
                  "protections",
                  List.of(),
                  "faults",
                  List.of(),
                  "alarms",
                  List.of(map("label", "OV", "description", "cell overvoltage alarm"))),
              map(
                  "pack_address",
                  2,
                  "alarms",
                  List.of(),
                  "faults",
                  List.of(),
                  "protections",
                  List.of(map("description", "charge overcurrent protection")))));

  static final DeviceReport BATTERY =
      report(
          "battery", ONLINE, map("packs", List.of(PACK_1, PACK_2, PACK_3_ABSENT), "alarm", ALARMS));

  static final DeviceReport CAN =
      report(
          "battery-can",
          ONLINE,
          map(
              "charge_discharge_limits",
                  map(
                      "charge_voltage_V",
                      "56.0",
                      "charge_current_limit_A",
                      "100.0",
                      "discharge_current_limit_A",
                      "150.0",
                      "discharge_voltage_V",
                      "48.0"),
              "soc_soh", map("soc_pct", 72, "soh_pct", 99),
              "voltage_current_temperature",
                  map("voltage_V", "53.25", "current_A", "6.5", "temperature_C", "25.0"),
              "protection_alarm_flags",
                  map("protections", List.of(), "alarms", List.of("cell_low_voltage"))));

  /** One situation: the reports, packs expected, and one expected field. */
  record Row(String name, List<DeviceReport> reports, int expected, String path, String value) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Row row(String name, String path, String value) {
    return new Row(name, List.of(BATTERY, CAN), 4, path, value);
  }

  static Row row(String name, List<DeviceReport> reports, String path, String value) {
    return new Row(name, reports, 4, path, value);
  }

  static Stream<Row> rows() {
    DeviceReport merged =
        report("battery", ONLINE, map("packs", List.of(withAlarm(PACK_1, "faults"), PACK_2)));
    DeviceReport echo =
        report(
            "battery",
            ONLINE,
            map(
                "packs",
                List.of(PACK_2),
                "alarm",
                map(
                    "pack_address",
                    2,
                    "protections",
                    List.of(map("description", "short circuit")))));
    DeviceReport second =
        report(
            "battery-2",
            ONLINE,
            map("packs", List.of(pack(1, "1.0", "53.000", "100", null, new int[] {3500}, "45.0"))));
    DeviceReport derived =
        report(
            "battery",
            ONLINE,
            map(
                "packs",
                List.of(
                    withRemaining(pack(1, "0", "53.0", "100", null, new int[] {3300}), "25"),
                    withRemaining(pack(2, "0", "53.0", "300", null, new int[] {3300}), "225"))));
    return Stream.of(
        row("current adds (+ charging)", "current_A", "6.00"),
        row("voltage is the mean of parallel packs", "voltage_V", "53.150"),
        row("power adds each pack's V x I", "power_W", "319.6"),
        row("capacity adds", "full_Ah", "300"),
        row("SOC weighted by full capacity", "soc_pct", "70.0"),
        row(
            "SOC derived from remaining/full when not reported",
            List.of(derived),
            "soc_pct",
            "62.5"),
        row("lowest cell", "cell_min_mV", "3290"),
        row("lowest cell location", "cell_min_at", "{pack=1, cell=3}"),
        row("highest cell: first of a tie", "cell_max_at", "{pack=2, cell=2}"),
        row("cell spread", "cell_spread_mV", "60"),
        row("hottest sensor", "temperature_max_C", "31.5"),
        row("hottest sensor location", "temperature_max_at", "{pack=1, sensor=2}"),
        row("coldest sensor (absent sensor skipped)", "temperature_min_at", "{pack=1, sensor=1}"),
        row(
            "protection with its pack",
            "protections",
            "[{pack=2, description=charge overcurrent protection}]"),
        row(
            "alarm with its pack and label",
            "alarms",
            "[{pack=1, label=OV, description=cell overvoltage alarm}]"),
        row("protection active", "protection_active", "true"),
        row("fault not active", "fault_active", "false"),
        row("alarm values found for both packs", "packs_with_alarm_info", "2"),
        row(
            "alarm values inside the pack map",
            List.of(merged),
            "faults",
            "[{pack=1, description=cell open}]"),
        row("pack without alarm values not counted", List.of(merged), "packs_with_alarm_info", "1"),
        row(
            "command-echo alarm form",
            List.of(echo),
            "protections",
            "[{pack=2, description=short circuit}]"),
        row("packs seen", "packs_seen", "2"),
        row("packs missing against expected", "packs_missing", "2"),
        row("pack answered as not present", "packs_not_present", "[{pack=3}]"),
        row(
            "two battery devices: locations name the device",
            List.of(BATTERY, second),
            "cell_max_at",
            "{device=battery-2, pack=1, cell=1}"),
        row("CAN limit copied", "can.charge_current_limit_A", "100.0"),
        row("CAN flags copied", "can.alarms", "[cell_low_voltage]"),
        row("CAN SOC delta (CAN - rack)", "can.consistency.soc_delta_pct", "2.0"),
        row("CAN voltage delta", "can.consistency.voltage_delta_V", "0.100"),
        row("CAN current delta", "can.consistency.current_delta_A", "0.50"),
        row(
            "no CAN report: excluded, no section",
            List.of(BATTERY),
            "excluded.0",
            "{device=battery-can, reason=no_report}"),
        row("stale CAN excluded", List.of(BATTERY, stale(CAN)), "can", "null"),
        row("stale battery: no packs", List.of(stale(BATTERY), CAN), "packs_seen", "0"),
        row("stale battery named", List.of(stale(BATTERY), CAN), "excluded.0.reason", "stale"),
        row(
            "CAN delta null without rack values",
            List.of(stale(BATTERY), CAN),
            "can.consistency.soc_delta_pct",
            "null"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void aggregates(Row row) {
    Map<String, DeviceReport> latest = new LinkedHashMap<>();
    row.reports().forEach(r -> latest.put(r.deviceId(), r));
    List<String> ids =
        latest.containsKey("battery-2") ? List.of("battery", "battery-2") : List.of("battery");
    DeviceReport rack =
        BatteryRack.aggregate(ids, Optional.of("battery-can"), latest, row.expected(), AT);
    assertThat(show(path(rack, row.path()))).as(row.path()).isEqualTo(row.value());
  }

  @Test
  void theReportIsTheRackDeviceAndSaysWhatIsMissing() {
    DeviceReport rack =
        BatteryRack.aggregate(
            List.of("battery"), Optional.empty(), Map.of("battery", BATTERY), 4, AT);
    assertThat(rack.deviceId()).isEqualTo("battery-rack");
    assertThat(rack.availability()).isEqualTo(ONLINE);
    assertThat(rack.problem()).contains("2 of 4 packs seen");
    assertThat(rack.values()).containsEntry("can", null);
  }

  @Test
  void aRackWithNoFreshPackIsOffline() {
    DeviceReport rack =
        BatteryRack.aggregate(
            List.of("battery"), Optional.empty(), Map.of("battery", stale(BATTERY)), 1, AT);
    assertThat(rack.availability()).isEqualTo(OFFLINE);
    assertThat(rack.values().get("soc_pct")).isNull();
    assertThat(rack.problem())
        .contains("1 of 1 devices excluded: battery stale; 0 of 1 packs seen");
  }

  @Test
  void moreThanFifteenPacksPerDeviceIsMisuse() {
    assertThatThrownBy(
            () -> BatteryRack.aggregate(List.of("battery"), Optional.empty(), Map.of(), 16, AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("packsExpected must be in 0..15 per battery device, got 16");
  }

  private static DeviceReport stale(DeviceReport r) {
    return new DeviceReport(r.deviceId(), STALE, r.at(), r.values(), Optional.of("timeout"));
  }

  private static Map<String, Object> withAlarm(Map<String, Object> pack, String kind) {
    Map<String, Object> m = new LinkedHashMap<>(pack);
    m.put("protections", List.of());
    m.put("alarms", List.of());
    m.put("faults", List.of());
    m.put(kind, List.of(map("description", "cell open")));
    return m;
  }

  private static Map<String, Object> withRemaining(Map<String, Object> pack, String ah) {
    Map<String, Object> m = new LinkedHashMap<>(pack);
    m.put("remaining_Ah", new BigDecimal(ah));
    return m;
  }
}
