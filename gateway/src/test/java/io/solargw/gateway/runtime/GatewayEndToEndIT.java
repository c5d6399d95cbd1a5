package io.solargw.gateway.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.solargw.config.ConfigLoader;
import io.solargw.config.GatewayConfig;
import io.solargw.gateway.poll.Availability;
import io.solargw.gateway.poll.DeviceReport;
import io.solargw.gateway.poll.StateRegistry;
import io.solargw.sim.Simulation;
import io.solargw.sim.SimulationOptions;
import io.solargw.sim.SimulationOptionsBuilder;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole runtime against the simulators over real TCP sockets: a three-phase stack of three
 * inverters and a rack of four packs, every device reported online with the simulator's values,
 * aggregates, /health, a unit going silent and coming back, a bus server that disappears and comes
 * back on the same port, and energy counters on disk after shutdown.
 */
class GatewayEndToEndIT {

  @TempDir Path data;

  private static SimulationOptionsBuilder site(InetSocketAddress inv, InetSocketAddress rack) {
    return SimulationOptions.builder()
        .inverters(3)
        .threePhase(true)
        .packs(4)
        .seed(7)
        .speed(60)
        .start(LocalDateTime.of(2026, 6, 21, 11, 0))
        .inverterBind(inv)
        .rackBind(rack);
  }

  @Test
  void pollsEveryDeviceAggregatesAndRecoversFromSilenceAndDisconnects() throws Exception {
    InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
    Simulation sim = Simulation.start(site(any, any).build());
    InetSocketAddress inv = sim.inverterBus();
    InetSocketAddress rack = sim.rackBus();
    GatewayConfig config = config(inv, rack);
    try (GatewayRuntime runtime = new GatewayRuntime(config, Clock.systemUTC())) {
      runtime.start();
      StateRegistry reg = runtime.registry();
      awaitOnline(
          reg, "inverter-1", "inverter-2", "inverter-3", "pack-1", "pack-2", "pack-3", "pack-4");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> online(reg, "inverter-stack") && online(reg, "battery-rack"));

      Map<String, Object> unit1 = points(reg, "inverter-1");
      double simVolts = sim.state().battery().volts();
      assertThat(((BigDecimal) unit1.get("battery_voltage_V")).doubleValue())
          .isCloseTo(simVolts, org.assertj.core.api.Assertions.within(1.5));
      assertThat(reg.get("pack-3").orElseThrow().values()).containsKey("cells_mV");
      assertThat(reg.get("battery-rack").orElseThrow().values().get("packs_seen")).isEqualTo(4);

      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              "http://127.0.0.1:"
                                  + runtime.httpAddress().orElseThrow().getPort()
                                  + "/health"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> reg.get("gateway").map(r -> r.values().get("buses_up")).orElse(0).equals(2));
      assertThat(reg.get("gateway").orElseThrow().values())
          .containsKeys(
              "pv_energy_total_kWh",
              "battery_discharge_energy_total_kWh",
              "inverters_transactions");

      // A unit goes silent: it is marked offline and excluded from the stack, the others stay.
      sim.inverterFaults().setAway(2, true);
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> availability(reg, "inverter-2") == Availability.OFFLINE);
      assertThat(availability(reg, "inverter-1")).isEqualTo(Availability.ONLINE);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  String.valueOf(reg.get("inverter-stack").orElseThrow().problem())
                      .contains("inverter-2"));
      sim.inverterFaults().setAway(2, false);
      awaitOnline(reg, "inverter-2");

      // The converter disappears (TCP server gone) and comes back on the same port.
      sim.close();
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> availability(reg, "inverter-1") != Availability.ONLINE);
      sim = Simulation.start(site(inv, rack).build());
      // The old connection may be dead without a FIN: the bus notices the silence and reopens.
      await()
          .atMost(Duration.ofSeconds(120))
          .until(() -> online(reg, "inverter-1") && online(reg, "pack-1"));
    } finally {
      sim.close();
    }
    String energy = Files.readString(data.resolve("energy.json"));
    assertThat(energy).contains("inverter-1/pv", "inverter-3/load");
  }

  private GatewayConfig config(InetSocketAddress inv, InetSocketAddress rack) throws Exception {
    int httpPort;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      httpPort = s.getLocalPort();
    }
    String yaml =
        """
        gateway:
          id: e2e
        persistence:
          directory: %s
        poll:
          fast_s: 1
          slow_s: 5
          unavailable_after: 2
          offline_poll_s: 1
        mqtt:
          enabled: false
        http:
          port: %d
        buses:
          - name: inverters
            protocol: inverter
            transport: tcp
            port: 127.0.0.1:%d
            timeout_ms: 500
            gap_ms: 5
            retries: 0
            inverters:
              - {address: 1, phase: L1}
              - {address: 2, phase: L2}
              - {address: 3, phase: L3}
          - name: battery
            protocol: bms
            transport: tcp
            port: 127.0.0.1:%d
            timeout_ms: 1500
            gap_ms: 5
            battery: {mode: all-packs, packs: 4, address: 1}
        """
            .formatted(data, httpPort, inv.getPort(), rack.getPort());
    return ConfigLoader.load(yaml, "e2e.yaml", data, Map.of()).config();
  }

  private static void awaitOnline(StateRegistry reg, String... ids) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> java.util.Arrays.stream(ids).allMatch(id -> online(reg, id)));
  }

  private static boolean online(StateRegistry reg, String id) {
    return availability(reg, id) == Availability.ONLINE;
  }

  private static Availability availability(StateRegistry reg, String id) {
    return reg.get(id).map(DeviceReport::availability).orElse(null);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> points(StateRegistry reg, String id) {
    return (Map<String, Object>) reg.get(id).orElseThrow().values().get("points");
  }
}
