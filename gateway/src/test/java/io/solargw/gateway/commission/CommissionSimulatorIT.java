package io.solargw.gateway.commission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.solargw.gateway.Main;
import io.solargw.gateway.bus.BusTiming;
import io.solargw.gateway.transport.TcpLink;
import io.solargw.protocol.bms.pace.Dialect;
import io.solargw.protocol.inverter.profile.ProfileLoader;
import io.solargw.sim.Simulation;
import io.solargw.sim.SimulationOptions;
import io.solargw.sim.scenario.ScenarioAction;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The commissioning checks against the simulators over TCP: the clean site, then one
 * misconfiguration injected per test, asserting the verdict, the evidence and the named device.
 */
class CommissionSimulatorIT {

  @TempDir Path dir;

  private static final InetSocketAddress ANY = new InetSocketAddress("127.0.0.1", 0);

  private static Simulation start(int inverters, boolean threePhase, int packs) throws Exception {
    return Simulation.start(
        SimulationOptions.builder()
            .inverters(inverters)
            .threePhase(threePhase)
            .packs(packs)
            .seed(7)
            .start(LocalDateTime.of(2026, 6, 21, 11, 0))
            .inverterBind(ANY)
            .rackBind(ANY)
            .build());
  }

  /** Reads the site with {@code action} applied and checks it. */
  private static CommissionReport commission(
      int inverters, boolean threePhase, int packs, Consumer<Simulation> action) throws Exception {
    try (Simulation sim = start(inverters, threePhase, packs)) {
      action.accept(sim);
      BusTiming timing = new BusTiming(Duration.ofMillis(400), Duration.ofMillis(5), 0);
      SiteCollector.InverterSide inv =
          new SiteCollector.InverterSide(
              new TcpLink("127.0.0.1", sim.inverterBus().getPort()),
              timing,
              IntStream.rangeClosed(1, inverters).boxed().toList(),
              ProfileLoader.loadDefault());
      SiteCollector.RackSide rack =
          new SiteCollector.RackSide(
              new TcpLink("127.0.0.1", sim.rackBus().getPort()), timing, Dialect.PACE, packs);
      StringWriter progress = new StringWriter();
      SiteReadings site =
          new SiteCollector(new PrintWriter(progress), Clock.systemUTC())
              .collect(Optional.of(inv), Optional.of(rack));
      CommissionReport report = CommissionReport.of(Clock.systemUTC().instant(), site);
      StringWriter text = new StringWriter();
      TerminalReport.print(new PrintWriter(text), report, false);
      System.out.println(progress + "\n" + text);
      return report;
    }
  }

  private static Check only(CommissionReport r, String id, String device) {
    List<Check> found =
        r.checks().stream()
            .filter(c -> c.id().equals(id) && List.of(c.device().split(", ")).contains(device))
            .toList();
    assertThat(found).as(id + " on " + device + " in\n" + r.checks()).hasSize(1);
    return found.get(0);
  }

  @Test
  void cleanThreePhaseSiteHasNoFailure() throws Exception {
    CommissionReport r = commission(3, true, 4, sim -> {});
    assertThat(r.count(Verdict.FAIL)).as(r.checks().toString()).isZero();
    assertThat(only(r, "stack.master", "stack").verdict()).isEqualTo(Verdict.MANUAL);
    assertThat(only(r, "stack.parallel_mode", "stack").verdict()).isEqualTo(Verdict.PASS);
    assertThat(only(r, "rack.addresses", "rack").evidence())
        .containsExactly("answered: 1, 2, 3, 4");
  }

  @Test
  void missingUnitIsNamed() throws Exception {
    CommissionReport r =
        commission(
            3, true, 2, sim -> sim.scenarios().apply(new ScenarioAction.UnitSilent(2, true)));
    Check c = only(r, "inverter.answers", "inverter-2");
    assertThat(c.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(c.evidence()).anyMatch(e -> e.startsWith("no answer at address 2"));
    assertThat(c.fix()).contains("[29] PDI");
    assertThat(only(r, "inverter.answers", "inverter-1").verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void mixedParallelModeNamesTheOddUnit() throws Exception {
    CommissionReport r =
        commission(3, false, 2, sim -> sim.scenarios().apply(misconfigure(3, "PMD", "3P1")));
    Check c = only(r, "stack.parallel_mode", "inverter-3");
    assertThat(c.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(c.evidence())
        .contains("[30] PMD = PAL on inverter-1, inverter-2", "[30] PMD = 3P1 on inverter-3");
  }

  @Test
  void phaseWithoutUnitFails() throws Exception {
    CommissionReport r =
        commission(3, true, 2, sim -> sim.scenarios().apply(misconfigure(3, "PMD", "3P2")));
    Check c = only(r, "stack.parallel_mode", "stack");
    assertThat(c.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(c.evidence())
        .contains("no unit is set to 3P3", "[30] PMD = 3P2 on inverter-2, inverter-3");
  }

  @Test
  void firmwareMismatchNamesTheUnitAndFault510() throws Exception {
    CommissionReport r =
        commission(3, true, 2, sim -> sim.scenarios().apply(new ScenarioAction.Firmware(2, 652)));
    Check c = only(r, "stack.firmware", "inverter-2");
    assertThat(c.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(c.evidence()).contains("APP 6.52 on inverter-2");
    assertThat(c.fix()).contains("fault 510").contains("6.63");
  }

  @Test
  void differingStackWideSettingNamesTheUnit() throws Exception {
    CommissionReport r =
        commission(3, true, 2, sim -> sim.scenarios().apply(misconfigure(3, "GOV", "220")));
    Check c = only(r, "stack.setting.output_voltage_V", "inverter-3");
    assertThat(c.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(c.evidence())
        .containsExactly(
            "[36] GOV = 230 on inverter-1, inverter-2", "[36] GOV = 220 on inverter-3");
    assertThat(c.fix()).contains("to 230");
  }

  @Test
  void bmsCommunicationOffFails() throws Exception {
    CommissionReport r =
        commission(2, false, 2, sim -> sim.scenarios().apply(misconfigure(2, "BMS", "DIS")));
    Check c = only(r, "inverter.bms", "inverter-2");
    assertThat(c.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(c.evidence()).contains("[32] BMS = DIS");
  }

  @Test
  void activeFaultCarriesTheManualsTroubleshooting() throws Exception {
    CommissionReport r =
        commission(2, false, 2, sim -> sim.scenarios().apply(new ScenarioAction.RaiseCode(1, 203)));
    Check c = only(r, "inverter.codes", "inverter-1");
    assertThat(c.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(c.evidence()).anyMatch(e -> e.startsWith("fault 203"));
    assertThat(c.fix()).contains("reducing");
  }

  @Test
  void missingPackAddress() throws Exception {
    CommissionReport r =
        commission(
            2, false, 4, sim -> sim.scenarios().apply(new ScenarioAction.PackSilent(3, true)));
    Check c = only(r, "rack.address", "pack-3");
    assertThat(c.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(c.evidence()).anyMatch(e -> e.startsWith("address 3: no answer"));
    assertThat(c.fix()).contains("#1 ON, #2 ON, #3 OFF, #4 OFF");
  }

  @Test
  void duplicatedPackAddress() throws Exception {
    CommissionReport r =
        commission(2, false, 4, sim -> sim.scenarios().apply(new ScenarioAction.PackAddress(3, 2)));
    Check dup = only(r, "rack.address", "pack-2");
    assertThat(dup.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(dup.evidence()).anyMatch(e -> e.startsWith("address 2: answers collide"));
    assertThat(only(r, "rack.address", "pack-3").evidence())
        .anyMatch(e -> e.startsWith("address 3: no answer"));
  }

  @Test
  void twoMasterPacks() throws Exception {
    CommissionReport r =
        commission(2, false, 3, sim -> sim.scenarios().apply(new ScenarioAction.PackAddress(2, 1)));
    Check dup = only(r, "rack.address", "pack-1");
    assertThat(dup.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(dup.fix()).contains("two masters");
    assertThat(only(r, "rack.master", "pack-1").verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void cellSpreadInOnePack() throws Exception {
    CommissionReport r =
        commission(
            2, false, 3, sim -> sim.scenarios().apply(new ScenarioAction.CellVoltage(2, 5, 200)));
    Check c = only(r, "pack.cells", "pack-2");
    assertThat(c.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(c.evidence().get(0)).startsWith("pack-2 cells").contains("spread 2");
    assertThat(only(r, "pack.cells", "pack-1").verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void activeProtectionOnOnePack() throws Exception {
    CommissionReport r =
        commission(
            2, false, 4, sim -> sim.scenarios().apply(new ScenarioAction.ChargeOverTemperature(4)));
    Check c = only(r, "pack.protections", "pack-4");
    assertThat(c.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(c.evidence()).anyMatch(e -> e.contains("COTP"));
  }

  @Test
  void commandPrintsJsonWritesHtmlAndExitsByVerdict() throws Exception {
    try (Simulation sim = start(2, false, 2)) {
      sim.scenarios().apply(misconfigure(2, "GOV", "220"));
      Path html = dir.resolve("report.html");
      Run run =
          runCommission(
              "--bus",
              "tcp://127.0.0.1:" + sim.inverterBus().getPort(),
              "--bms-bus",
              "tcp://127.0.0.1:" + sim.rackBus().getPort(),
              "--expect-inverters",
              "2",
              "--expect-packs",
              "2",
              "--timeout",
              "400",
              "--json",
              "--html",
              html.toString());
      assertThat(run.status()).as(run.err()).isEqualTo(2);
      assertThat(run.out()).contains("\"verdict\" : \"fail\"", "stack.setting.output_voltage_V");
      assertThat(run.err()).contains("reading inverter 1", "reading battery address 2");
      String page = Files.readString(html);
      assertThat(page).startsWith("<!DOCTYPE html>").contains("[36] GOV = 220 on inverter-2");
      assertThat(page).doesNotContain("http://", "https://", "<script", "<link");
    }
  }

  /** Runs {@code commission --bms-bus --can --json} against a rack of 3 packs with CAN over TCP. */
  private static JsonNode canCommission(Consumer<Simulation> action) throws Exception {
    try (Simulation sim =
        Simulation.start(
            SimulationOptions.builder()
                .inverters(1)
                .packs(3)
                .seed(7)
                .start(LocalDateTime.of(2026, 6, 21, 11, 0))
                .inverterBind(ANY)
                .rackBind(ANY)
                .can(ANY)
                .build())) {
      action.accept(sim);
      Run run =
          runCommission(
              "--bms-bus",
              "tcp://127.0.0.1:" + sim.rackBus().getPort(),
              "--expect-packs",
              "3",
              "--can",
              "tcp://127.0.0.1:" + sim.can().orElseThrow().getPort(),
              "--can-seconds",
              "10",
              "--timeout",
              "400",
              "--json");
      assertThat(run.err()).contains("listening to CAN on", "  CAN: ");
      return run.json();
    }
  }

  private static JsonNode check(JsonNode report, String id) {
    return check(report, id, null);
  }

  /** The check {@code id} (on {@code device}, when given) of a {@code --json} report. */
  private static JsonNode check(JsonNode report, String id, String device) {
    for (JsonNode c : report.get("checks")) {
      if (c.get("id").asText().equals(id)
          && (device == null || c.get("device").asText().equals(device))) {
        return c;
      }
    }
    throw new AssertionError(id + (device == null ? "" : " on " + device) + " not in " + report);
  }

  /** What {@code solar-gateway commission ARGS} printed, with its exit status. */
  private record Run(int status, String out, String err) {
    JsonNode json() throws java.io.IOException {
      return new ObjectMapper().readTree(out);
    }
  }

  private static Run runCommission(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    String[] all = new String[args.length + 1];
    all[0] = "commission";
    System.arraycopy(args, 0, all, 1, args.length);
    int status = cl.execute(all);
    System.out.println(err); // the progress lines, for the test log
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void canAgreesWithRs485OnACleanRack() throws Exception {
    JsonNode r = canCommission(sim -> {});
    for (String id :
        List.of("can.frames", "can.soc", "can.voltage", "can.current", "can.pack_count")) {
      assertThat(check(r, id).get("verdict").asText())
          .as(check(r, id).toString())
          .isEqualTo("pass");
    }
    assertThat(check(r, "can.pack_count").get("evidence").get(0).asText())
        .isEqualTo("CAN 0x359 lists 3 packs, 3 expected");
    assertThat(check(r, "can.charge_limits").get("verdict").asText()).isIn("pass", "warn");
  }

  @Test
  void canDisagreeingWithRs485IsAFailureOnTheRack() throws Exception {
    JsonNode r =
        canCommission(sim -> sim.scenarios().apply(new ScenarioAction.CanSkew(-20, 0, 15)));
    JsonNode soc = check(r, "can.soc");
    assertThat(soc.get("verdict").asText()).isEqualTo("fail");
    assertThat(soc.get("device").asText()).isEqualTo("rack");
    assertThat(soc.get("evidence").get(1).asText()).startsWith("difference 20.0 %");
    assertThat(soc.get("fix").asText()).contains("[33] BDS is PYL");
    assertThat(check(r, "can.current").get("verdict").asText()).isEqualTo("fail");
    assertThat(check(r, "can.voltage").get("verdict").asText()).isEqualTo("pass");
    assertThat(r.get("exit_status").asInt()).isEqualTo(2);
  }

  @Test
  void unitsBehindAModbusTcpGatewayAreCommissionedToo() throws Exception {
    try (Simulation sim =
        Simulation.start(
            SimulationOptions.builder()
                .inverters(2)
                .packs(1)
                .seed(7)
                .start(LocalDateTime.of(2026, 6, 21, 11, 0))
                .inverterBind(ANY)
                .rackBind(ANY)
                .modbusTcp(ANY)
                .build())) {
      sim.scenarios().apply(misconfigure(2, "GOV", "220"));
      Run run =
          runCommission(
              "--bus",
              "modbus-tcp://127.0.0.1:" + sim.modbusTcp().orElseThrow().getPort(),
              "--expect-inverters",
              "3",
              "--timeout",
              "400",
              "--json");
      assertThat(run.status()).as(run.err()).isEqualTo(2);
      assertThat(run.err()).contains("reading inverter 1 on modbus-tcp://127.0.0.1:");
      JsonNode r = run.json();
      JsonNode third = check(r, "inverter.answers", "inverter-3");
      JsonNode gov = check(r, "stack.setting.output_voltage_V", "inverter-2");
      assertThat(third.get("verdict").asText()).isEqualTo("fail");
      assertThat(third.get("evidence").get(0).asText()).startsWith("no answer at address 3");
      assertThat(gov.get("verdict").asText()).isEqualTo("fail");
    }
  }

  @Test
  void badArgumentsExitTwoWithOneErrorLine() {
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err));
    assertThat(cl.execute("commission", "--bus", "tcp://x", "--expect-inverters", "12"))
        .isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1).allMatch(l -> l.startsWith("error: "));
  }

  private static ScenarioAction misconfigure(int unit, String code, String value) {
    return new ScenarioAction.Misconfigure(unit, code, value);
  }

  @Test
  void commandReadsTheGatewayConfiguration() throws Exception {
    try (Simulation sim = start(2, false, 3)) {
      Path config = dir.resolve("config.yaml");
      Files.writeString(
          config,
          """
          gateway:
            id: site
          persistence:
            directory: %s
          mqtt:
            enabled: false
          buses:
            - name: inverters
              protocol: inverter
              transport: tcp
              port: 127.0.0.1:%d
              timeout_ms: 400
              retries: 0
              inverters:
                - {address: 1}
                - {address: 2}
            - name: battery
              protocol: bms
              transport: tcp
              port: 127.0.0.1:%d
              timeout_ms: 400
              battery: {mode: all-packs, packs: 3, address: 1}
          """
              .formatted(dir, sim.inverterBus().getPort(), sim.rackBus().getPort()));
      Run run = runCommission("--config", config.toString(), "--color", "never");
      assertThat(run.status()).as(run.out() + "\n" + run.err()).isZero();
      assertThat(run.out())
          .contains("[ PASS ] Pack addresses 1..3, no gap or duplicate", "[ HAND ]")
          .doesNotContain("\u001b[")
          .contains("ready (exit status 0)");
    }
  }
}
