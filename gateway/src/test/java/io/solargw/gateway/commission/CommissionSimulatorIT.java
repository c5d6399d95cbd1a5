package io.solargw.gateway.commission;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.gateway.bus.BusTiming;
import io.solargw.gateway.transport.TcpLink;
import io.solargw.protocol.bms.pace.Dialect;
import io.solargw.protocol.inverter.profile.ProfileLoader;
import io.solargw.sim.Simulation;
import io.solargw.sim.SimulationOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
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
}
