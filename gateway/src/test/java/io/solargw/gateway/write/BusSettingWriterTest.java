package io.solargw.gateway.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.mqtt.SettingCheck;
import io.solargw.mqtt.SettingValue;
import io.solargw.mqtt.WritePolicy;
import io.solargw.mqtt.WriteResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The writer's checks against one simulated unit read once (BMS = CAN, BTP = L16, 48 V system):
 * every refusal names what is wrong and leaves the bus without a write.
 */
class BusSettingWriterTest {

  private static final Set<String> ALLOW =
      Set.of("WFM", "MCC", "FLV", "BTG", "PDT", "GOV", "OLR", "XYZ", "GSD", "BMS");
  private static UnitFixture fixture;
  private static BusSettingWriter writer;

  @BeforeAll
  static void start() throws Exception {
    fixture = new UnitFixture();
    writer =
        new BusSettingWriter(
            fixture.targets(),
            WritePolicy.allowing(ALLOW, Duration.ofSeconds(1)),
            Duration.ofSeconds(5));
  }

  @AfterAll
  static void stop() throws Exception {
    fixture.close();
  }

  record Row(String device, String code, SettingValue value, String message) {}

  static Stream<Row> refusals() {
    return Stream.of(
        new Row(
            "inverter-7",
            "WFM",
            option("UTI"),
            "'inverter-7' is not a configured inverter; settings can be written to: inverter-1"),
        new Row(
            "inverter-1",
            "CHM",
            option("SNU"),
            "setting CHM is not in the writes allowlist (writes.allow: [BMS, BTG, FLV, GOV, GSD, MCC, OLR, PDT, WFM, XYZ])"),
        new Row(
            "inverter-1",
            "XYZ",
            option("A"),
            "inverter-1 has no setting 'XYZ' in profile srne-default"),
        new Row(
            "inverter-1",
            "PDT",
            option("A"),
            "inverter-1: [31] PDT cannot be written: no register is known"),
        new Row(
            "inverter-1",
            "WFM",
            option("GRID"),
            "inverter-1: [2] WFM (Power supply priority): 'GRID' is not an option (allowed: SOL, UTI, SBU)"),
        new Row("inverter-1", "WFM", number("2"), "'2' is not an option (allowed: SOL, UTI, SBU)"),
        new Row(
            "inverter-1",
            "MCC",
            number("500"),
            "inverter-1: [8] MCC (Maximum charging current of the battery): 500 A is out of range 1..120 A in steps of 1 A"),
        new Row(
            "inverter-1",
            "MCC",
            number("50.5"),
            "50.5 A is off the step grid 1..120 A in steps of 1 A (nearest 50 or 51 A)"),
        new Row(
            "inverter-1", "GOV", number("225"), "'225' is not one of 200, 208, 220, 230, 240 V"),
        new Row(
            "inverter-1",
            "FLV",
            number("56.0"),
            "inverter-1: [12] FLV requires BMS in [DIS]; BMS is currently CAN"),
        new Row(
            "inverter-1",
            "BTG",
            number("46.4"),
            "[5] BTG requires BTP in [USE, SLD, FLD, GEL]; BTP is currently L16"));
  }

  @ParameterizedTest
  @MethodSource("refusals")
  void refusesWithASpecificMessageAndNoBusWrite(Row row) {
    int before = fixture.link.writes();
    SettingCheck check = writer.validate(row.device(), row.code(), row.value());
    assertThat(check).isInstanceOf(SettingCheck.Invalid.class);
    String message = ((SettingCheck.Invalid) check).message();
    assertThat(message).contains(row.message());
    assertThat(writer.write(row.device(), row.code(), row.value()))
        .isEqualTo(new WriteResult.Failed(message));
    assertThat(fixture.link.writes()).isEqualTo(before);
  }

  @Test
  void disabledWritesRefuseEverything() {
    BusSettingWriter off =
        new BusSettingWriter(fixture.targets(), WritePolicy.DISABLED, Duration.ofSeconds(5));
    assertThat(off.validate("inverter-1", "WFM", option("UTI")))
        .isEqualTo(SettingCheck.invalid("settings writes are disabled (writes.enabled is false)"));
  }

  @Test
  void writesReadsBackAndTheUnitHoldsTheValue() {
    int before = fixture.link.writes();
    assertThat(writer.validate("inverter-1", "WFM", option("uti"))).isEqualTo(SettingCheck.ok());
    assertThat(writer.write("inverter-1", "WFM", option("uti")))
        .isEqualTo(new WriteResult.Written("UTI"));
    assertThat(fixture.sim.inverters().setting(0, "WFM")).contains("UTI");
    assertThat(writer.write("inverter-1", "OLR", new SettingValue.OnOff(false)))
        .isEqualTo(new WriteResult.Written("DIS"));
    assertThat(writer.write("inverter-1", "MCC", number("75")))
        .isEqualTo(new WriteResult.Written("75.0"));
    assertThat(fixture.sim.inverters().setting(0, "MCC")).contains("75.0");
    assertThat(fixture.link.writes()).isEqualTo(before + 3);
  }

  @Test
  void aWrittenValueCountsForTheNextCheckBeforeTheNextPoll() {
    assertThat(writer.validate("inverter-1", "FLV", number("56.0")))
        .isInstanceOf(SettingCheck.Invalid.class);
    try {
      assertThat(writer.write("inverter-1", "BMS", option("DIS")))
          .isEqualTo(new WriteResult.Written("DIS"));
      assertThat(writer.validate("inverter-1", "FLV", number("56.0"))).isEqualTo(SettingCheck.ok());
    } finally {
      assertThat(writer.write("inverter-1", "BMS", option("CAN")))
          .isEqualTo(new WriteResult.Written("CAN"));
    }
  }

  @Test
  void theDevicesOwnRefusalIsReportedWithItsExceptionCode() {
    // The snapshot says BMS = CAN (GSD allowed); behind the gateway's back the keypad sets DIS.
    fixture.sim.inverters().setSetting(0, "BMS", "DIS");
    try {
      WriteResult r = writer.write("inverter-1", "GSD", number("60"));
      assertThat(r).isInstanceOf(WriteResult.Failed.class);
      assertThat(((WriteResult.Failed) r).message())
          .startsWith(
              "inverter-1 refused the write of [E01F := 60]: exception 0x03 (illegal data value");
    } finally {
      fixture.sim.inverters().setSetting(0, "BMS", "CAN");
    }
  }

  private static SettingValue option(String o) {
    return new SettingValue.Option(o);
  }

  private static SettingValue number(String n) {
    return new SettingValue.Decimal(new BigDecimal(n));
  }
}
