package io.solargw.sim;

import static io.solargw.sim.clients.Snapshots.number;
import static io.solargw.sim.clients.Snapshots.setting;
import static io.solargw.sim.clients.Snapshots.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.solargw.protocol.bms.canline.CanLine;
import io.solargw.protocol.bms.canline.CanLineParser;
import io.solargw.protocol.bms.pace.PaceRequests;
import io.solargw.protocol.bms.pace.ParameterResponse;
import io.solargw.protocol.inverter.decode.InverterSnapshot;
import io.solargw.protocol.inverter.rtu.WriteSingleRequest;
import io.solargw.protocol.inverter.rtu.WriteSingleResponse;
import io.solargw.sim.clients.PaceClient;
import io.solargw.sim.clients.RtuClient;
import io.solargw.sim.clients.Snapshots;
import io.solargw.sim.scenario.ScenarioFile;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade: what it starts, writes through the bus reaching the site model, CAN, scenarios. */
class SimulationTest {

  private static final InetSocketAddress ANY = new InetSocketAddress("127.0.0.1", 0);

  @TempDir Path dir;

  @Test
  void aWriteOnTheBusReroutesPowerAndReadsBack() throws Exception {
    SimulationOptions o =
        SimulationOptions.builder()
            .inverters(1)
            .turnaroundMillis(0)
            .start(LocalDateTime.of(2026, 6, 21, 21, 0))
            .build();
    try (Simulation sim = Simulation.start(o);
        RtuClient client = new RtuClient(sim.inverterBus())) {
      sim.advance(60);
      InverterSnapshot before = Snapshots.read(client, 1);
      assertThat(setting(before, "output_priority")).isEqualTo("SBU");
      assertThat(number(before, "grid_active_power_W")).isZero();
      assertThat(state(before)).as("inverting at night").isEqualTo(5);
      // WFM := UTI (E204 = 1, doc 4.1)
      assertThat(client.send(new WriteSingleRequest(1, 0xE204, 1)).orElseThrow())
          .isInstanceOf(WriteSingleResponse.class);
      assertThat(setting(Snapshots.read(client, 1), "output_priority")).isEqualTo("UTI");
      sim.advance(60);
      InverterSnapshot after = Snapshots.read(client, 1);
      assertThat(state(after)).as("mains (bypass) operation").isEqualTo(4);
      assertThat(number(after, "grid_active_power_W"))
          .isGreaterThanOrEqualTo(number(after, "load_active_power_W") - 1)
          .isPositive();
      assertThat(number(after, "battery_current_A"))
          .as("not discharging")
          .isGreaterThanOrEqualTo(0);
    }
  }

  @Test
  void theClockRunsAtTheRequestedSpeed() throws Exception {
    SimulationOptions o =
        SimulationOptions.builder().speed(3600).tick(Duration.ofMillis(20)).build();
    try (Simulation sim = Simulation.start(o)) {
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> sim.state().time().isAfter(o.start().plusMinutes(30)));
    }
  }

  @Test
  void canFramesReachAnSlcanClientAndTheCandumpLog() throws Exception {
    Path log = dir.resolve("rack.log");
    SimulationOptions o =
        SimulationOptions.builder().packs(3).can(ANY).candumpLog(log).speed(600).build();
    try (Simulation sim = Simulation.start(o);
        Socket s = new Socket("127.0.0.1", sim.can().orElseThrow().getPort())) {
      s.getOutputStream().write("S6\rO\r".getBytes(StandardCharsets.US_ASCII));
      BufferedReader in =
          new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
      s.setSoTimeout(5000);
      StringBuilder seen = new StringBuilder();
      while (!seen.toString().contains("t359")) {
        seen.append((char) in.read());
      }
      await().atMost(Duration.ofSeconds(5)).until(() -> Files.size(log) > 0);
      String first = Files.readAllLines(log).get(0);
      CanLine line = CanLineParser.parse(first);
      assertThat(line.frame().id()).isBetween(0x351, 0x35E);
      assertThat(first).contains(" can0 ");
    }
  }

  @Test
  void aScenarioFileRunsOnTheWallClock() throws Exception {
    String yaml =
        """
        steps:
          - {at: 0s, do: grid-off}
          - {at: 50ms, do: raise, unit: 2, code: 506}
          - {at: 100ms, do: pack-silent, pack: 2}
        """;
    var scenario =
        ScenarioFile.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "t");
    SimulationOptions o = SimulationOptions.builder().turnaroundMillis(0).build();
    try (Simulation sim = Simulation.start(o);
        PaceClient rack = new PaceClient(sim.rackBus())) {
      sim.run(scenario);
      await().atMost(Duration.ofSeconds(5)).until(() -> sim.rackFaults().isAway(2));
      assertThat(sim.state().gridPresent()).isFalse();
      assertThat(rack.send(PaceRequests.packCount(2))).isEmpty();
      assertThat(((ParameterResponse) rack.send(PaceRequests.packCount(1)).orElseThrow()).values())
          .containsEntry("pack_count", 4);
    }
  }

  @Test
  void aPortInUseIsOneClearError() throws Exception {
    try (Simulation first = Simulation.start(SimulationOptions.builder().build())) {
      SimulationOptions clash = SimulationOptions.builder().rackBind(first.inverterBus()).build();
      assertThatThrownBy(() -> Simulation.start(clash))
          .isInstanceOf(java.io.IOException.class)
          .hasMessageContaining("cannot listen on 127.0.0.1:" + first.inverterBus().getPort());
    }
  }

  @Test
  void optionsNameTheOptionOutOfRange() {
    assertThatThrownBy(() -> SimulationOptions.builder().inverters(10).build())
        .hasMessage("inverters must be in 1..9, got 10");
    assertThatThrownBy(() -> SimulationOptions.builder().inverters(2).threePhase(true).build())
        .hasMessageContaining("at least 3 inverters");
    assertThatThrownBy(() -> SimulationOptions.builder().faults(1.5).build())
        .hasMessage("faults must be in 0..1, got 1.5");
    assertThat(List.of(SimulationOptions.builder().inverters(1).build().site().mode().name()))
        .containsExactly("SIG");
  }
}
