package io.solargw.protocol.bms.pylon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Table tests of the documented layouts beyond the captured vectors (bms.md 6.2-6.5). */
class PylonCanDecoderTest {

  /** One frame and some of the fields it must decode to. */
  record Row(String name, int id, String dataHex, Map<String, Object> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Row> rows() {
    return Stream.of(
        new Row(
            "0x351 negative DCL is published as its magnitude (ArminJo sender)",
            0x351,
            "1402740E8CF1CC01",
            Map.of("discharge_current_limit_A", new BigDecimal("370.0"))),
        new Row(
            "0x351 limits at the u16 maximum",
            0x351,
            "FFFF0080FF7FFFFF",
            Map.of(
                "charge_voltage_V", new BigDecimal("6553.5"),
                "charge_current_limit_A", new BigDecimal("-3276.8"),
                "discharge_current_limit_A", new BigDecimal("3276.7"),
                "discharge_voltage_V", new BigDecimal("6553.5"))),
        new Row(
            "0x355 6-byte form: high-resolution SOC flagged uncertain",
            0x355,
            "54006000D120",
            Map.of(
                "soc_pct",
                84,
                "soc_high_res_pct",
                new BigDecimal("84.01"),
                "uncertain_fields",
                List.of("soc_high_res_pct"))),
        new Row(
            "0x355 8-byte form reads the same first 6 bytes",
            0x355,
            "5400600010270000",
            Map.of("soh_pct", 96, "soc_high_res_pct", new BigDecimal("100.00"))),
        new Row(
            "0x355 5 bytes is the 4-byte form plus an ignored byte",
            0x355,
            "1A006400FF",
            Map.of("soc_pct", 26, "soh_pct", 100)),
        new Row(
            "0x356 negative temperature",
            0x356,
            "7B13E9FE9CFF",
            Map.of("temperature_C", new BigDecimal("-10.0"))),
        new Row(
            "0x359 every protection bit of bytes 0-1",
            0x359,
            "9E0900000150 4E".replace(" ", ""),
            Map.of(
                "protections",
                List.of(
                    "cell_or_module_over_voltage",
                    "cell_or_module_under_voltage",
                    "cell_over_temperature",
                    "cell_under_temperature",
                    "discharge_over_current",
                    "charge_over_current",
                    "system_error"),
                "alarms",
                List.of(),
                "module_count",
                1)),
        new Row(
            "0x359 every alarm bit of bytes 2-3",
            0x359,
            "00009E09065059",
            Map.of(
                "protections",
                List.of(),
                "alarms",
                List.of(
                    "cell_or_module_high_voltage",
                    "cell_or_module_low_voltage",
                    "cell_high_temperature",
                    "cell_low_temperature",
                    "discharge_high_current",
                    "charge_high_current",
                    "internal_communication_fail"),
                "marker",
                "PY")),
        new Row(
            "0x359 ArminJo bit-7 variants are ORed into system_error / internal_communication_fail",
            0x359,
            "00800080015 04E".replace(" ", ""),
            Map.of(
                "protections", List.of("system_error"),
                "alarms", List.of("internal_communication_fail"))),
        new Row(
            "0x359 reserved bits are reported, not dropped",
            0x359,
            "21000000015 04E".replace(" ", ""),
            Map.of("protections", List.of(), "reserved_bits", List.of("byte0_bit0", "byte0_bit5"))),
        new Row(
            "0x35C 0xE0: enable both + force charge I",
            0x35C,
            "E000",
            Map.of(
                "charge_enable", true,
                "discharge_enable", true,
                "force_charge", true,
                "force_charge_1", true,
                "force_charge_2", false,
                "full_charge", false)),
        new Row(
            "0x35C 0x40: charge disabled; force charge II and full charge",
            0x35C,
            "5800",
            Map.of(
                "charge_enable", false,
                "force_charge", true,
                "force_charge_1", false,
                "force_charge_2", true,
                "full_charge", true)),
        new Row(
            "0x35C reserved bits reported",
            0x35C,
            "C101",
            Map.of("reserved_bits", List.of("byte0_bit0", "byte1_bit0"))),
        new Row("0x35E NUL padding trimmed", 0x35E, "50594C4F4E000000", Map.of("name", "PYLON")),
        new Row("0x35E Pytes 5-byte name", 0x35E, "5059544553", Map.of("name", "PYTES")),
        new Row(
            "0x35A OpenDTU lower bits: over-voltage alarm, cell-imbalance warning",
            0x35A,
            "0400000000000001",
            Map.of(
                "alarms", List.of("over_voltage"),
                "warnings", List.of("cell_imbalance"),
                "uncertain_fields", List.of("alarms", "warnings"))),
        new Row(
            "0x35A upper bits of the pairs are not read as active (encoding uncertain)",
            0x35A,
            "08000000AAAAAAAA",
            Map.of("alarms", List.of(), "warnings", List.of())),
        new Row(
            "0x35A every tested bit",
            0x35A,
            "5455410100000000",
            Map.of(
                "alarms",
                List.of(
                    "over_voltage",
                    "under_voltage",
                    "over_temperature",
                    "under_temperature",
                    "charge_over_temperature",
                    "charge_under_temperature",
                    "discharge_over_current",
                    "charge_over_current",
                    "internal_failure",
                    "cell_imbalance"))),
        new Row(
            "0x35F agreed capacity plus uncertain fields",
            0x35F,
            "4C4901033C02AA00",
            Map.of(
                "capacity_Ah", 572,
                "chemistry", "LI",
                "version", "1.3",
                "bytes_6_7_hex", "AA00")),
        new Row(
            "0x370 cell extremes little-endian",
            0x370,
            "9CFFFA00AC0CE40C",
            Map.of(
                "cell_temperature_min_C",
                new BigDecimal("-10.0"),
                "cell_temperature_max_C",
                new BigDecimal("25.0"),
                "cell_voltage_min_mV",
                3244,
                "cell_voltage_max_mV",
                3300)),
        new Row(
            "0x371 words in byte order",
            0x371,
            "0100020003000400",
            Map.of("words", List.of(1, 2, 3, 4))),
        new Row(
            "0x372 module counts",
            0x372,
            "0A00010002000300",
            Map.of(
                "modules_online", 10,
                "modules_blocking_charge", 1,
                "modules_blocking_discharge", 2,
                "modules_offline", 3)),
        new Row(
            "0x373 Kelvin and Celsius",
            0x373,
            "AC0CE40C2A013501",
            Map.of(
                "cell_voltage_min_mV",
                3244,
                "cell_temperature_min_K",
                298,
                "cell_temperature_min_C",
                new BigDecimal("24.85"),
                "cell_temperature_max_C",
                new BigDecimal("35.85"))),
        new Row(
            "0x374 min cell voltage name",
            0x374,
            "30313032",
            Map.of("role", "min_cell_voltage", "name", "0102")),
        new Row(
            "0x377 max cell temperature name",
            0x377,
            "4D30314330342020",
            Map.of("role", "max_cell_temperature", "name", "M01C04")),
        new Row(
            "0x378 energy counters 0.1 kWh (unit uncertain)",
            0x378,
            "39300000FFFFFFFF",
            Map.of(
                "charged_energy_kWh", new BigDecimal("1234.5"),
                "discharged_energy_kWh", new BigDecimal("429496729.5"))),
        new Row(
            "0x379 installed capacity",
            0x379,
            "5802000000000000",
            Map.of("installed_capacity_Ah", 600)),
        new Row(
            "0x380 serial number part 1",
            0x380,
            "5048303132333435",
            Map.of("part", 1, "text", "PH012345")),
        new Row(
            "0x381 serial number part 2",
            0x381,
            "3637000000000000",
            Map.of("part", 2, "text", "67")),
        new Row(
            "0x305 inverter keep-alive",
            0x305,
            "0000000000000000",
            Map.of("kind", "inverter_keep_alive", "all_zero", true)),
        new Row(
            "0x307 has no source: unknown, reported whole",
            0x307,
            "0102",
            Map.of("kind", "unknown", "raw", "0102", "dlc", 2, "can_id", "0x307")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void decodesTheDocumentedLayout(Row row) throws Exception {
    CanFrame frame = CanFrame.standard(row.id(), HexFormat.of().parseHex(row.dataHex()));
    Map<String, Object> map = PylonCanJson.decode(frame);
    assertThat(map).containsAllEntriesOf(row.expected());
    assertThat(map.get("raw")).isEqualTo(row.dataHex().toUpperCase());
  }

  @Test
  void extendedAndRemoteFramesWithAKnownIdAreUnknownNotPylontech() throws Exception {
    CanFrame extended = CanFrame.extended(0x351, new byte[8]);
    CanFrame remote = CanFrame.remote(0x351, false, 8);

    assertThat(PylonCanCodec.decode(extended)).isEqualTo(new UnknownCanMessage(extended));
    assertThat(PylonCanJson.decode(extended))
        .contains(entry("can_id", "0x00000351"), entry("extended", true));
    assertThat(PylonCanJson.decode(remote))
        .contains(
            entry("kind", "unknown"), entry("remote", true), entry("dlc", 8), entry("raw", ""));
  }

  @Test
  void jsonKeysComeInAFixedOrder() throws Exception {
    Map<String, Object> map =
        PylonCanJson.decode(CanFrame.standard(0x351, HexFormat.of().parseHex("1402740E740ECC01")));
    assertThat(map.keySet())
        .containsExactly(
            "can_id",
            "kind",
            "charge_voltage_V",
            "charge_current_limit_A",
            "discharge_current_limit_A",
            "discharge_voltage_V",
            "raw");
  }

  @Test
  void flagTablesLookUpByBitIndex() {
    assertThat(ProtectionAlarmFlag.of(15)).contains(ProtectionAlarmFlag.SYSTEM_ERROR);
    assertThat(ProtectionAlarmFlag.of(11)).contains(ProtectionAlarmFlag.SYSTEM_ERROR);
    assertThat(ProtectionAlarmFlag.of(0)).isEmpty();
    assertThat(AlarmCondition.of(24)).contains(AlarmCondition.CELL_IMBALANCE);
    assertThat(AlarmCondition.of(3)).isEmpty();
    assertThat(CellNameRole.of(0x376)).contains(CellNameRole.MIN_CELL_TEMPERATURE);
    assertThat(PylonCanId.of(0x35C)).contains(PylonCanId.CHARGE_REQUEST);
    assertThat(PylonCanId.of(0x307)).isEmpty();
  }
}
