package io.solargw.gateway.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.solargw.mqtt.Mosquitto;
import io.solargw.mqtt.TestClient;
import io.solargw.sim.Simulation;
import io.solargw.sim.SimulationOptions;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged gateway ({@code java -jar solar-gateway.jar run}) as a separate process against the
 * simulators and a real Mosquitto, killed with SIGKILL: the broker publishes its last will ({@code
 * offline}, retained), and after a restart the energy counters continue from the file, never going
 * backwards.
 */
class GatewayProcessIT {

  @TempDir Path dir;

  @Test
  void aKilledGatewayLeavesOfflineAndItsCountersSurviveTheRestart() throws Exception {
    InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
    try (Mosquitto broker = Mosquitto.start(Files.createDirectories(dir.resolve("broker")));
        Simulation sim =
            Simulation.start(
                SimulationOptions.builder()
                    .inverters(2)
                    .packs(2)
                    .speed(600)
                    .start(LocalDateTime.of(2026, 6, 21, 11, 0))
                    .inverterBind(any)
                    .rackBind(any)
                    .build());
        TestClient watcher = new TestClient(broker.port(), "watcher")) {
      watcher.subscribe("solar/crash/status");
      Path config = dir.resolve("gw.yaml");
      Path data = dir.resolve("data");
      Files.writeString(
          config,
          """
          gateway: {id: crash}
          persistence: {directory: '%s'}
          poll: {fast_s: 1, slow_s: 5}
          mqtt: {host: 127.0.0.1, port: %d}
          http: {enabled: false}
          buses:
            - {name: inverters, protocol: inverter, transport: tcp, port: '127.0.0.1:%d', gap_ms: 5,
               inverters: [{address: 1}, {address: 2}]}
          """
              .formatted(data, broker.port(), sim.inverterBus().getPort()));
      Process gw = start(config);
      try {
        await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> status(watcher).equals(Optional.of("online")));
        await().atMost(Duration.ofSeconds(60)).until(() -> pvTotal(data) > 0);
        gw.destroyForcibly().waitFor();
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> status(watcher).equals(Optional.of("offline")));
        double before = pvTotal(data);
        gw = start(config);
        await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> status(watcher).equals(Optional.of("online")));
        await().atMost(Duration.ofSeconds(60)).until(() -> pvTotal(data) > before);
      } finally {
        gw.destroyForcibly().waitFor();
      }
    }
  }

  private Process start(Path config) throws Exception {
    Path jar = Path.of("target", "solar-gateway.jar").toAbsolutePath();
    assertThat(jar).as("the packaged gateway (mvn package runs before the ITs)").exists();
    return new ProcessBuilder(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dsolargw.energy.save.seconds=1",
                "-jar",
                jar.toString(),
                "run",
                "--config",
                config.toString()))
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("gateway.log").toFile())
        .start();
  }

  private static Optional<String> status(TestClient watcher) {
    return watcher.latest("solar/crash/status");
  }

  private static double pvTotal(Path data) {
    try {
      JsonNode root = new ObjectMapper().readTree(Files.readAllBytes(data.resolve("energy.json")));
      double sum = 0;
      for (String id : List.of("inverter-1/pv", "inverter-2/pv")) {
        sum += root.path("counters").path(id).path("lifetime_kWh").asDouble();
      }
      return sum;
    } catch (Exception e) {
      return 0; // not written yet
    }
  }
}
