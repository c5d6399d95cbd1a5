package io.solargw.gateway.commission;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.gateway.commission.PackProbe.Answer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Table tests of the pure checks over hand-made reports: verdict, evidence and named device. */
class CommissionChecksTest {

  /** One row: a site, the check expected on a device, its verdict and a piece of its evidence. */
  record Row(
      String name, SiteFixture site, String id, String device, Verdict verdict, String evidence) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Row> rows() {
    return Stream.of(
        new Row(
            "clean PAL stack",
            SiteFixture.clean(2, false, 0),
            "stack.parallel_mode",
            "stack",
            Verdict.PASS,
            "[30] PMD = PAL on inverter-1, inverter-2"),
        new Row(
            "a SIG unit",
            SiteFixture.clean(3, false, 0).setting(2, "parallel_mode", "SIG"),
            "stack.parallel_mode",
            "inverter-2",
            Verdict.FAIL,
            "[30] PMD = SIG on inverter-2"),
        new Row(
            "PAL mixed with 3P1",
            SiteFixture.clean(3, false, 0).setting(3, "parallel_mode", "3P1"),
            "stack.parallel_mode",
            "inverter-3",
            Verdict.FAIL,
            "[30] PMD = 3P1 on inverter-3"),
        new Row(
            "phase P3 empty",
            SiteFixture.clean(3, true, 0).setting(3, "parallel_mode", "3P1"),
            "stack.parallel_mode",
            "stack",
            Verdict.FAIL,
            "no unit is set to 3P3"),
        new Row(
            "clean three-phase",
            SiteFixture.clean(6, true, 0),
            "stack.parallel_mode",
            "stack",
            Verdict.PASS,
            "[30] PMD = 3P1 on inverter-1, inverter-4"),
        new Row(
            "master not on the bus",
            SiteFixture.clean(2, false, 0),
            "stack.master",
            "stack",
            Verdict.MANUAL,
            "not checkable from the bus"),
        new Row(
            "two masters (profile with PDT)",
            SiteFixture.clean(2, false, 0)
                .setting(1, "parallel_role", "MAS")
                .setting(2, "parallel_role", "MAS"),
            "stack.master",
            "inverter-2",
            Verdict.FAIL,
            "[31] PDT = MAS on inverter-1, inverter-2"),
        new Row(
            "one master (profile with PDT)",
            SiteFixture.clean(2, false, 0)
                .setting(1, "parallel_role", "MAS")
                .setting(2, "parallel_role", "SAL"),
            "stack.master",
            "stack",
            Verdict.PASS,
            "[31] PDT = SAL on inverter-2"),
        new Row(
            "firmware differs",
            SiteFixture.clean(3, false, 0).point(2, "app_version", "6.52"),
            "stack.firmware",
            "inverter-2",
            Verdict.FAIL,
            "APP 6.52 on inverter-2"),
        new Row(
            "fault 510 only",
            SiteFixture.clean(2, false, 0).code(1, 510, "fault", "Mismatched software version", ""),
            "stack.firmware",
            "inverter-1",
            Verdict.FAIL,
            "fault 510"),
        new Row(
            "output voltage differs",
            SiteFixture.clean(3, false, 0)
                .setting(3, "output_voltage_V", new java.math.BigDecimal("220.0")),
            "stack.setting.output_voltage_V",
            "inverter-3",
            Verdict.FAIL,
            "[36] GOV = 220 on inverter-3"),
        new Row(
            "settings equal",
            SiteFixture.clean(3, false, 0),
            "stack.settings",
            "stack",
            Verdict.PASS,
            "6 settings compared on 3 units, all equal"),
        new Row(
            "duplicate PDI",
            SiteFixture.clean(2, false, 0).setting(2, "rs485_address", 1),
            "stack.addresses",
            "inverter-1",
            Verdict.FAIL,
            "[29] PDI = 1 on inverter-1, inverter-2"),
        new Row(
            "silent unit",
            SiteFixture.clean(2, false, 0).silentUnit(2),
            "inverter.answers",
            "inverter-2",
            Verdict.FAIL,
            "no answer at address 2: timeout"),
        new Row(
            "BMS off with a rack",
            SiteFixture.clean(2, false, 2).setting(1, "bms_communication", "DIS"),
            "inverter.bms",
            "inverter-1",
            Verdict.FAIL,
            "[32] BMS = DIS"),
        new Row(
            "alarm code",
            SiteFixture.clean(1, false, 0).code(1, 302, "alarm", "Low battery", ""),
            "inverter.codes",
            "inverter-1",
            Verdict.WARN,
            "alarm 302: Low battery"),
        new Row(
            "clean rack",
            SiteFixture.clean(0, false, 3),
            "rack.addresses",
            "rack",
            Verdict.PASS,
            "answered: 1, 2, 3"),
        new Row(
            "pack missing",
            SiteFixture.clean(0, false, 3).packProbe(2, Answer.SILENT),
            "rack.address",
            "pack-2",
            Verdict.FAIL,
            "address 2: no answer"),
        new Row(
            "two masters",
            SiteFixture.clean(0, false, 3).packProbe(1, Answer.GARBLED),
            "rack.address",
            "pack-1",
            Verdict.FAIL,
            "address 1: answers collide"),
        new Row(
            "pack outside 1..N",
            SiteFixture.clean(0, false, 3).packProbe(5, Answer.ANSWERED),
            "rack.address",
            "pack-5",
            Verdict.FAIL,
            "address 5 answered, but 3 packs"),
        new Row(
            "master lists too few",
            SiteFixture.clean(0, false, 3).packValue(1, "identity.pack_count", 2),
            "rack.master",
            "pack-1",
            Verdict.FAIL,
            "pack 1 lists 2 packs, 3 expected"),
        new Row(
            "pack firmware differs",
            SiteFixture.clean(0, false, 3)
                .packValue(2, "identity.software_version", "P16S100A-3.00"),
            "rack.firmware",
            "pack-2",
            Verdict.FAIL,
            "P16S100A-3.00 on pack-2"),
        new Row(
            "capacity differs",
            SiteFixture.clean(0, false, 3)
                .packValue(3, "full_Ah", new java.math.BigDecimal("50.00")),
            "rack.capacity",
            "pack-3",
            Verdict.FAIL,
            "50 Ah on pack-3"),
        new Row(
            "cell spread 80 mV",
            SiteFixture.clean(0, false, 2).packValue(1, "cells_mV", cells(3390)),
            "pack.cells",
            "pack-1",
            Verdict.WARN,
            "spread 80 mV"),
        new Row(
            "cell spread 200 mV",
            SiteFixture.clean(0, false, 2).packValue(2, "cells_mV", cells(3510)),
            "pack.cells",
            "pack-2",
            Verdict.FAIL,
            "spread 200 mV"),
        new Row(
            "temperature spread in a pack",
            SiteFixture.clean(0, false, 2)
                .packValue(2, "temperatures_C", List.of(25.0, 36.0, 25.0, 25.0, 30.0, 24.0)),
            "pack.temperatures",
            "pack-2",
            Verdict.WARN,
            "spread 11.0 °C"),
        new Row(
            "SOC spread 15 %",
            SiteFixture.clean(0, false, 2).packValue(2, "soc_pct", 65.0),
            "rack.soc",
            "rack",
            Verdict.WARN,
            "spread 15.0 %"),
        new Row(
            "SOC spread 40 %",
            SiteFixture.clean(0, false, 2).packValue(2, "soc_pct", 40.0),
            "rack.soc",
            "rack",
            Verdict.FAIL,
            "spread 40.0 %"),
        new Row(
            "protection active",
            SiteFixture.clean(0, false, 2)
                .packValue(
                    2,
                    "alarm.protections",
                    List.of(
                        Map.of(
                            "label", "OVP", "description", "Cell over" + " voltage protection"))),
            "pack.protections",
            "pack-2",
            Verdict.FAIL,
            "OVP: Cell over voltage protection"),
        new Row(
            "alarm flag active",
            SiteFixture.clean(0, false, 2)
                .packValue(
                    1, "alarm.alarms", List.of(Map.of("description", "Cell over voltage alarm"))),
            "pack.alarms",
            "pack-1",
            Verdict.WARN,
            "Cell over voltage alarm"),
        new Row(
            "CAN agrees with RS485",
            SiteFixture.clean(0, false, 2).can(),
            "can.soc",
            "rack",
            Verdict.PASS,
            "CAN 80.0 %, RS485 (capacity-weighted) 80.0 %"),
        new Row(
            "CAN voltage agrees",
            SiteFixture.clean(0, false, 2).can(),
            "can.voltage",
            "rack",
            Verdict.PASS,
            "difference 0.0 V"),
        new Row(
            "CAN current agrees",
            SiteFixture.clean(0, false, 2).can(),
            "can.current",
            "rack",
            Verdict.PASS,
            "CAN 20.0 A, RS485 (sum of packs) 20.0 A"),
        new Row(
            "CAN limits sane",
            SiteFixture.clean(0, false, 2).can(),
            "can.charge_limits",
            "rack",
            Verdict.PASS,
            "charge 56.0 V / 100.0 A, discharge 48.0 V / 200.0 A"),
        new Row(
            "CAN frames all there",
            SiteFixture.clean(0, false, 2).can(),
            "can.frames",
            "rack",
            Verdict.PASS,
            "12 frames, ids 0x351 0x355 0x356 0x359 0x35C"),
        new Row(
            "CAN SOC 6 % off",
            SiteFixture.clean(0, false, 2).can().canValue("soc_pct", 86),
            "can.soc",
            "rack",
            Verdict.WARN,
            "difference 6.0 %"),
        new Row(
            "CAN SOC 25 % off",
            SiteFixture.clean(0, false, 2).can().canValue("soc_pct", 55),
            "can.soc",
            "rack",
            Verdict.FAIL,
            "CAN 55.0 %, RS485 (capacity-weighted) 80.0 %"),
        new Row(
            "CAN voltage 3 V off",
            SiteFixture.clean(0, false, 2)
                .can()
                .canValue("voltage_V", new java.math.BigDecimal("49.96")),
            "can.voltage",
            "rack",
            Verdict.FAIL,
            "difference 3.0 V"),
        new Row(
            "CAN current sign flipped",
            SiteFixture.clean(0, false, 2).can().canValue("current_A", -20),
            "can.current",
            "rack",
            Verdict.FAIL,
            "difference 40.0 A"),
        new Row(
            "CAN lists another pack count",
            SiteFixture.clean(0, false, 3).can().canValue("module_count", 2),
            "can.pack_count",
            "rack",
            Verdict.FAIL,
            "CAN 0x359 lists 2 packs, 3 expected"),
        new Row(
            "CAN charge voltage too high",
            SiteFixture.clean(0, false, 2)
                .can()
                .canValue("charge_voltage_V", new java.math.BigDecimal("60.0")),
            "can.charge_limits",
            "rack",
            Verdict.FAIL,
            "charge voltage outside 54.4..58.4 V for 16 cells"),
        new Row(
            "CAN discharge voltage too low",
            SiteFixture.clean(0, false, 2)
                .can()
                .canValue("discharge_voltage_V", new java.math.BigDecimal("36.0")),
            "can.charge_limits",
            "rack",
            Verdict.FAIL,
            "discharge voltage outside 40.0..51.2 V"),
        new Row(
            "CAN charge limit beyond 1 C",
            SiteFixture.clean(0, false, 2).can().canValue("charge_current_limit_A", 300),
            "can.charge_limits",
            "rack",
            Verdict.WARN,
            "rack capacity 200 Ah"),
        new Row(
            "CAN refuses charge while not full",
            SiteFixture.clean(0, false, 2).can().canValue("charge_current_limit_A", 0),
            "can.charge_limits",
            "rack",
            Verdict.WARN,
            "charge current limit 0 A at 80.0 %"),
        new Row(
            "CAN silent",
            SiteFixture.clean(0, false, 2).can().canSilent(),
            "can.frames",
            "rack",
            Verdict.FAIL,
            "slcan test: no frame, 3 unreadable lines"),
        new Row(
            "CAN without limits frame",
            SiteFixture.clean(0, false, 2).can().canIds("0x355", "0x356", "0x359", "0x35C"),
            "can.frames",
            "rack",
            Verdict.FAIL,
            "missing: 0x351"),
        new Row(
            "CAN without 0x35C",
            SiteFixture.clean(0, false, 2).can().canIds("0x351", "0x355", "0x356", "0x359"),
            "can.frames",
            "rack",
            Verdict.WARN,
            "missing: 0x35C"));
  }

  private static List<Integer> cells(int high) {
    List<Integer> c = new java.util.ArrayList<>(java.util.Collections.nCopies(16, 3310));
    c.set(4, high);
    return c;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void verdictEvidenceAndDevice(Row row) {
    CommissionReport r = CommissionReport.of(SiteFixture.AT, row.site().build());
    List<Check> found =
        r.checks().stream()
            .filter(c -> c.id().equals(row.id()))
            .filter(c -> List.of(c.device().split(", ")).contains(row.device()))
            .toList();
    assertThat(found).as(row.id() + " on " + row.device() + " in " + r.checks()).hasSize(1);
    Check c = found.get(0);
    assertThat(c.verdict()).isEqualTo(row.verdict());
    assertThat(c.evidence()).anyMatch(e -> e.contains(row.evidence()));
    assertThat(c.fix().isEmpty()).isEqualTo(row.verdict() == Verdict.PASS);
  }

  @Test
  void cleanSiteOnlyAsksForTheMasterByHand() {
    CommissionReport r = CommissionReport.of(SiteFixture.AT, SiteFixture.clean(3, true, 4).build());
    assertThat(r.count(Verdict.FAIL) + r.count(Verdict.WARN)).as(r.checks().toString()).isZero();
    assertThat(r.count(Verdict.MANUAL)).isEqualTo(1);
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void exitStatusFollowsTheWorstVerdict() {
    assertThat(
            CommissionReport.of(
                    SiteFixture.AT,
                    SiteFixture.clean(1, false, 0).code(1, 302, "alarm", "Low battery", "").build())
                .exitCode())
        .isEqualTo(1);
    assertThat(
            CommissionReport.of(
                    SiteFixture.AT, SiteFixture.clean(2, false, 0).silentUnit(1).build())
                .exitCode())
        .isEqualTo(2);
  }

  @Test
  void reportsRenderPlainColouredJsonAndHtml() {
    CommissionReport r =
        CommissionReport.of(
            SiteFixture.AT,
            SiteFixture.clean(2, false, 2).setting(2, "battery_type", "<GEL>").build());
    StringWriter plain = new StringWriter();
    TerminalReport.print(new PrintWriter(plain), r, false);
    assertThat(plain.toString())
        .doesNotContain("\u001b[")
        .contains("[ FAIL ] [9] BTP")
        .contains("fix: Set [9] BTP on inverter-2 to L16");
    StringWriter coloured = new StringWriter();
    TerminalReport.print(new PrintWriter(coloured), r, true);
    assertThat(coloured.toString()).contains("\u001b[1;31m[ FAIL ]");
    assertThat(r.toJson()).containsEntry("verdict", "fail").containsEntry("exit_status", 2);
    String html = HtmlReport.render(r, "Site");
    assertThat(html).contains("&lt;GEL&gt;").doesNotContain("<GEL>", "src=", "href=");
  }
}
