package io.solargw.gateway.commission;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.gateway.poll.Availability;
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

/**
 * The live page's verdicts come from the same checks as the command: over the gateway's reports of
 * a site they agree with a commissioning read of that site, except where the gateway reads less
 * (the packs' identity: firmware and the master's pack count).
 */
class LiveSiteTest {

  /** Checks that need the packs' identity, which the running gateway does not poll. */
  static final List<String> IDENTITY_CHECKS = List.of("rack.master", "rack.firmware");

  static Stream<SiteFixture> sites() {
    return Stream.of(
        SiteFixture.clean(3, true, 4),
        SiteFixture.clean(2, false, 2).setting(2, "max_charge_current_A", new BigDecimal("80.0")),
        SiteFixture.clean(2, false, 3).silentUnit(2).packProbe(3, PackProbe.Answer.SILENT),
        SiteFixture.clean(1, false, 2)
            .code(1, 7, "fault", "Battery over-voltage", "Check the battery voltage.")
            .packValue(2, "soc_pct", 20.0),
        SiteFixture.clean(2, false, 2)
            .packValue(
                2,
                "alarm.protections",
                List.of(Map.of("label", "OVP", "description", "cell over-voltage protection"))));
  }

  @ParameterizedTest
  @MethodSource("sites")
  void theLiveReportsGetTheVerdictsOfTheCommand(SiteFixture site) {
    CommissionReport command = CommissionReport.of(SiteFixture.AT, site.build());
    CommissionReport live =
        CommissionReport.of(
            SiteFixture.AT,
            LiveSite.of(
                site.gatewayReports(), site.inverterIds(), site.expectedPacks(), SiteFixture.AT));
    assertThat(withoutIdentity(live)).isEqualTo(withoutIdentity(command));
  }

  @Test
  void withoutTheIdentityTheMasterIsCheckedByHandAndTheFirmwareToo() {
    SiteFixture site = SiteFixture.clean(0, false, 2);
    CommissionReport live =
        CommissionReport.of(
            SiteFixture.AT, LiveSite.of(site.gatewayReports(), Map.of(), 2, SiteFixture.AT));
    assertThat(live.about("pack-1"))
        .filteredOn(c -> c.id().equals("rack.master"))
        .singleElement()
        .satisfies(c -> assertThat(c.verdict()).isEqualTo(Verdict.MANUAL))
        .satisfies(
            c ->
                assertThat(c.evidence())
                    .containsExactly("pack 1 answered; its pack count was not read"));
    assertThat(live.checks())
        .filteredOn(c -> c.id().equals("rack.firmware"))
        .singleElement()
        .satisfies(c -> assertThat(c.verdict()).isEqualTo(Verdict.MANUAL));
    assertThat(live.exitCode()).isZero();
  }

  @Test
  void theCanListenersReportIsTheCanSide() {
    SiteFixture site = SiteFixture.clean(0, false, 2).can().canValue("soc_pct", 55);
    Map<String, DeviceReport> reports = new LinkedHashMap<>(site.gatewayReports());
    reports.put(
        "battery-can",
        new DeviceReport(
            "battery-can",
            Availability.ONLINE,
            SiteFixture.AT,
            site.build().can().orElseThrow().values(),
            Optional.empty()));
    CommissionReport live =
        CommissionReport.of(
            SiteFixture.AT,
            LiveSite.of(reports, Map.of(), 2, Optional.of("battery-can"), SiteFixture.AT));
    CommissionReport command = CommissionReport.of(SiteFixture.AT, site.build());
    for (String id : List.of("can.soc", "can.voltage", "can.current", "can.charge_limits")) {
      assertThat(verdictOf(live, id)).as(id).isEqualTo(verdictOf(command, id));
    }
    assertThat(verdictOf(live, "can.soc")).isEqualTo(Verdict.FAIL);
    assertThat(verdictOf(live, "can.frames")).isEqualTo(Verdict.PASS);

    reports.put(
        "battery-can",
        new DeviceReport(
            "battery-can",
            Availability.OFFLINE,
            SiteFixture.AT,
            Map.of(),
            Optional.of("no battery frame yet")));
    CommissionReport silent =
        CommissionReport.of(
            SiteFixture.AT,
            LiveSite.of(reports, Map.of(), 2, Optional.of("battery-can"), SiteFixture.AT));
    assertThat(silent.checks())
        .filteredOn(c -> c.id().startsWith("can."))
        .singleElement()
        .satisfies(c -> assertThat(c.verdict()).isEqualTo(Verdict.FAIL))
        .satisfies(
            c ->
                assertThat(c.evidence())
                    .containsExactly("battery-can: offline: no battery frame yet"));
  }

  private static Verdict verdictOf(CommissionReport r, String id) {
    return r.checks().stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " not in " + r.checks()))
        .verdict();
  }

  @Test
  void aDeviceWithoutAReportYetOrStaleFailsWithWhy() {
    SiteFixture site = SiteFixture.clean(2, false, 2);
    Map<String, DeviceReport> reports = new LinkedHashMap<>(site.gatewayReports());
    reports.remove("inverter-2");
    DeviceReport pack2 = reports.get("pack-2");
    reports.put(
        "pack-2",
        new DeviceReport(
            "pack-2",
            Availability.STALE,
            pack2.at(),
            pack2.values(),
            Optional.of("CHKSUM mismatch")));
    CommissionReport live =
        CommissionReport.of(
            SiteFixture.AT, LiveSite.of(reports, site.inverterIds(), 2, SiteFixture.AT));
    assertThat(live.about("inverter-2").get(0).evidence())
        .containsExactly("no answer at address 2: no report yet");
    assertThat(live.about("pack-2"))
        .filteredOn(c -> c.id().equals("rack.address"))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.evidence())
                    .containsExactly("address 2: no answer (stale: CHKSUM mismatch)"));
  }

  /**
   * Every check but the identity ones, as text; a silent pack's evidence quotes the gateway's
   * problem instead of the probe's, so only its verdict, title and fix are compared.
   */
  private static List<String> withoutIdentity(CommissionReport r) {
    return r.checks().stream()
        .filter(c -> !IDENTITY_CHECKS.contains(c.id()))
        .map(
            c ->
                String.join(
                    " | ",
                    c.id(),
                    c.device(),
                    c.verdict().name(),
                    c.title(),
                    c.id().equals("rack.address") ? "" : String.join("; ", c.evidence()),
                    c.fix()))
        .toList();
  }
}
