package io.solargw.protocol.inverter.decode;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.protocol.inverter.codes.CodeKind;
import io.solargw.protocol.inverter.codes.CodeTable;
import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.ProfileException;
import io.solargw.protocol.inverter.profile.ProfileLoader;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Decoder behaviour beyond the vectors: sentinels, bad dates, signs, pages, codes, JSON shape. */
class SnapshotDecoderTest {

  private static final InverterProfile PROFILE = ProfileLoader.loadDefault();
  private static final SnapshotDecoder DECODER =
      new SnapshotDecoder(PROFILE, CodeTable.loadDefault());

  private static PointValue point(InverterSnapshot s, String name) {
    return s.point(name).orElseThrow(() -> new AssertionError("no point " + name)).value();
  }

  private static PointValue setting(InverterSnapshot s, String name) {
    return s.setting(name).orElseThrow(() -> new AssertionError("no setting " + name)).value();
  }

  private static BigDecimal decimal(PointValue v) {
    assertThat(v).isInstanceOf(PointValue.Decimal.class);
    return ((PointValue.Decimal) v).value();
  }

  @Test
  void onlyPointsWhoseRegistersWereAllGivenAreDecoded() {
    InverterSnapshot s = DECODER.decode(RegisterImage.of(0x0101, List.of(263)));
    assertThat(s.points()).containsOnlyKeys("battery_voltage_V");
    assertThat(s.settings()).isEmpty();
    assertThat(s.codes()).isEmpty();
    // a 20-register string needs all 20 registers
    assertThat(DECODER.decode(RegisterImage.of(0x0035, List.of(0x53, 0x52))).points()).isEmpty();
  }

  @Test
  void sentinelInASettingsRegisterIsNullWithTheReasonNeverAValue() {
    InverterSnapshot s = DECODER.decode(RegisterImage.of(0xE215, List.of(0x7FFF)));
    assertThat(setting(s, "bms_communication"))
        .isEqualTo(new PointValue.Unavailable("register E215 = 0x7FFF: not supported (sentinel)"));
    assertThat(DECODER.decode(RegisterImage.of(0xE218, List.of(0xFFFF))).toJson())
        .extracting(j -> map(j.get("settings")).get("derate_power_W"))
        .isNull();
  }

  @Test
  void garbageClockIsNullWithTheReason() {
    // SMX II read year 0x47 (2071) and month 0 (protocol doc 2.4 item 6)
    InverterSnapshot s = DECODER.decode(RegisterImage.of(0x020C, List.of(0x4700, 0x0A15, 0x2F0F)));
    assertThat(point(s, "date_time")).isInstanceOf(PointValue.Unavailable.class);
    assertThat(((PointValue.Unavailable) point(s, "date_time")).reason())
        .contains("2071-00-10T21:47:15")
        .contains("month 0");
    InverterSnapshot feb30 = DECODER.decode(RegisterImage.of(0x020C, List.of(0x1702, 0x1E00, 0)));
    assertThat(((PointValue.Unavailable) point(feb30, "date_time")).reason()).contains("day 30");
  }

  @Test
  void batteryCurrentIsPublishedPositiveWhenChargingWhateverTheFirmwareSays()
      throws ProfileException {
    RegisterImage night = RegisterImage.of(0x0101, List.of(263, 72)); // T4: +72 while discharging
    InverterSnapshot v196 = DECODER.decode(night);
    assertThat(decimal(point(v196, "battery_current_A"))).isEqualByComparingTo("-7.2");
    assertThat(decimal(point(v196, "battery_power_W"))).isEqualByComparingTo("-189.36");
    assertThat(decimal(point(v196, "battery_discharge_current_A"))).isEqualByComparingTo("7.2");
    assertThat(decimal(point(v196, "battery_charge_current_A"))).isEqualByComparingTo("0");
    assertThat(decimal(point(v196, "battery_discharge_power_W"))).isEqualByComparingTo("189.36");

    InverterProfile v17 = profile("extends: srne-default\nbattery_current_positive: charging\n");
    InverterSnapshot s = new SnapshotDecoder(v17, CodeTable.loadDefault()).decode(night);
    assertThat(decimal(point(s, "battery_current_A"))).isEqualByComparingTo("7.2");
    assertThat(decimal(point(s, "battery_charge_power_W"))).isEqualByComparingTo("189.36");
  }

  @Test
  void batteryVoltageSettingsScaleWithTheSystemVoltageOrAreUnavailable() {
    RegisterImage boost = RegisterImage.of(0xE008, List.of(146));
    assertThat(
            ((PointValue.Unavailable) setting(DECODER.decode(boost), "boost_voltage_V")).reason())
        .contains("system voltage");
    assertThat(decimal(setting(DECODER.decode(boost, Optional.of(24)), "boost_voltage_V")))
        .isEqualByComparingTo("29.2");
    assertThat(decimal(setting(DECODER.decode(boost, Optional.of(48)), "boost_voltage_V")))
        .isEqualByComparingTo("58.4");
    RegisterImage withE003 = RegisterImage.of(0xE003, List.of(48)).with(0xE008, List.of(137));
    assertThat(decimal(setting(DECODER.decode(withE003), "boost_voltage_V")))
        .isEqualByComparingTo("54.8"); // PowMr 48 V: raw 137 = 54.8 V (protocol doc 2.6)
  }

  @Test
  void unknownEnumNumbersKeepTheirRawValue() {
    InverterSnapshot s =
        DECODER.decode(RegisterImage.of(0x0210, List.of(42)).with(0xE201, List.of(96)));
    assertThat(point(s, "machine_state")).isEqualTo(new PointValue.Choice(42, Optional.empty()));
    assertThat(((PointValue.Unavailable) setting(s, "parallel_mode")).reason())
        .isEqualTo("raw 96 is not an option of PMD [SIG, PAL, 2P0, 2P120, 2P180, 3P1, 3P2, 3P3]");
    Map<String, Object> json = s.toJson();
    assertThat(map(json.get("points")))
        .containsEntry("machine_state", 42)
        .containsEntry("machine_state_text", null);
  }

  @Test
  void unprintableAsciiIsUnavailableAndPaddingIsDropped() {
    List<Integer> serial = new java.util.ArrayList<>(java.util.Collections.nCopies(20, 0));
    serial.set(0, (int) 'S');
    serial.set(1, (int) 'R');
    assertThat(point(DECODER.decode(RegisterImage.of(0x0035, serial)), "serial_number"))
        .isEqualTo(new PointValue.Text("SR"));
    serial.set(2, 0x07);
    assertThat(point(DECODER.decode(RegisterImage.of(0x0035, serial)), "serial_number"))
        .isEqualTo(new PointValue.Unavailable("not printable ASCII: byte 0x07 at register 0037"));
  }

  @Test
  void pagesFollowTheManualAndConvertWattsToKilowatts() {
    RegisterImage image =
        RegisterImage.of(0x0100, List.of(80, 530, 0xFF9C, 0, 0, 0, 0, 3500, 52, 1820))
            .with(0x0213, List.of(2300, 0, 5000, 2301, 10, 5001, 25, 0, 1234, 1500))
            .with(0x0014, List.of(663, 201))
            .with(0xE003, List.of(48));
    InverterSnapshot s = DECODER.decode(image);
    assertThat(s.pages().get(1).left().orElseThrow().name()).isEqualTo("battery_voltage_V");
    PageSlot pv = s.pages().get(2).right().orElseThrow();
    assertThat(pv.label()).isEqualTo("PV OUTPUT KW");
    assertThat(pv.name()).isEqualTo("pv_power_kW");
    assertThat(decimal(pv.value())).isEqualByComparingTo("1.82");
    // raw 0xFF9C = -100 (-10.0 A, charging on V1.96 firmware) -> +10.0 A charge current
    assertThat(decimal(s.pages().get(4).left().orElseThrow().value())).isEqualByComparingTo("10.0");
    assertThat(decimal(s.pages().get(4).right().orElseThrow().value())).isEqualByComparingTo("0");
    assertThat(decimal(s.pages().get(5).left().orElseThrow().value())).isEqualByComparingTo("0.53");
    assertThat(decimal(s.pages().get(8).right().orElseThrow().value())).isEqualByComparingTo("1.5");
    assertThat(decimal(s.pages().get(9).right().orElseThrow().value()))
        .isEqualByComparingTo("1.234");
    assertThat(s.pages().get(10).left().orElseThrow().value())
        .isEqualTo(new PointValue.Text("6.63"));
    assertThat(decimal(s.pages().get(11).left().orElseThrow().value())).isEqualByComparingTo("48");
    assertThat(s.pages().get(11).right().orElseThrow().value())
        .isInstanceOf(PointValue.Unavailable.class);
    assertThat(decimal(s.pages().get(12).left().orElseThrow().value())).isEqualByComparingTo("500");
    assertThat(s.pages()).containsKeys(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
  }

  @Test
  void activeCodesGoThroughTheCodeTableAndOntoPages14And15() {
    CodeTable table = CodeTable.loadDefault();
    int fault =
        table.entries().stream()
            .filter(e -> e.kind() == CodeKind.FAULT && table.lookup(e.number()).size() == 1)
            .findFirst()
            .orElseThrow()
            .number();
    int alarm =
        table.entries().stream()
            .filter(e -> e.kind() == CodeKind.ALARM && table.lookup(e.number()).size() == 1)
            .findFirst()
            .orElseThrow()
            .number();
    InverterSnapshot s = DECODER.decode(RegisterImage.of(0x0204, List.of(fault, 0, alarm, 0)));
    assertThat(s.codes()).extracting(c -> c.number()).containsExactly(fault, alarm);
    PageSlot alarms = s.pages().get(14).right().orElseThrow();
    PageSlot faults = s.pages().get(15).right().orElseThrow();
    assertThat(alarms.name()).isEqualTo("alarm_codes");
    assertThat(((PointValue.Active) alarms.value()).codes())
        .extracting(c -> c.number())
        .containsExactly(alarm);
    assertThat(((PointValue.Active) faults.value()).codes())
        .extracting(c -> c.number())
        .containsExactly(fault);
  }

  @Test
  void ambiguousCodeIsShownOnBothCodePages() {
    CodeTable table = CodeTable.loadDefault();
    int both =
        table.entries().stream()
            .filter(e -> table.lookup(e.number()).size() > 1)
            .findFirst()
            .orElseThrow()
            .number();
    InverterSnapshot s = DECODER.decode(RegisterImage.of(0x0204, List.of(both, 0, 0, 0)));
    assertThat(s.codes().get(0).kind()).isEqualTo(CodeKind.AMBIGUOUS);
    assertThat(((PointValue.Active) s.pages().get(14).right().orElseThrow().value()).codes())
        .hasSize(1);
    assertThat(((PointValue.Active) s.pages().get(15).right().orElseThrow().value()).codes())
        .hasSize(1);
  }

  @Test
  void thirtyTwoBitCountersUseTheProfileWordOrder() throws ProfileException {
    RegisterImage image = RegisterImage.of(0xF034, List.of(0x11CE, 0x0000));
    assertThat(decimal(point(DECODER.decode(image), "battery_charge_total_Ah")))
        .isEqualByComparingTo("4558");
    InverterProfile swapped = profile("extends: srne-default\nword_order: high_first\n");
    InverterSnapshot s = new SnapshotDecoder(swapped, CodeTable.loadDefault()).decode(image);
    assertThat(decimal(point(s, "battery_charge_total_Ah"))).isEqualByComparingTo("298713088");
  }

  @Test
  void jsonHasPointsSettingsPagesCodesAndTheReasons() {
    InverterSnapshot s =
        DECODER.decode(
            RegisterImage.of(0x0210, List.of(1))
                .with(0xE215, List.of(0x7FFF))
                .with(0x0216, List.of(2299))
                .with(0xE208, List.of(2300)));
    Map<String, Object> json = s.toJson();
    assertThat(json).containsKeys("points", "settings", "pages", "codes", "unavailable");
    assertThat(map(json.get("points")))
        .containsEntry("machine_state_text", "standby")
        .containsEntry("output_voltage_V", new BigDecimal("229.9"));
    assertThat(map(json.get("settings")))
        .containsEntry("output_voltage_V", new BigDecimal("230.0"));
    assertThat(map(map(json.get("unavailable")).get("settings"))).containsKey("bms_communication");
    Map<String, Object> page1 = map(map(json.get("pages")).get("1"));
    assertThat(map(page1.get("right"))).containsEntry("label", "OUTPUT LOAD V");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  private static InverterProfile profile(String yaml) throws ProfileException {
    return ProfileLoader.load(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }
}
