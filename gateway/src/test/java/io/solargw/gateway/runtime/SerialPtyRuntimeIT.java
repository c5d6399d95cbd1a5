package io.solargw.gateway.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.solargw.config.ConfigLoader;
import io.solargw.config.GatewayConfig;
import io.solargw.gateway.bus.BusCounters;
import io.solargw.mqtt.Mosquitto;
import io.solargw.mqtt.TestClient;
import io.solargw.sim.Simulation;
import io.solargw.sim.SimulationOptions;
import io.solargw.sim.wire.PtyBridge;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The largest site over serial ports, as a USB-RS485 user runs it: 9 inverters and 15 packs behind
 * socat pseudo-terminals (the gateway opens them with jSerialComm like {@code /dev/ttyUSB0}), the
 * runtime as {@code run} builds it, Mosquitto on a free port. Every device reaches MQTT online with
 * the simulator's values; then both dongles are unplugged (socat killed, the ptys vanish): devices
 * go offline and /health fails; they are plugged back in at the same paths and the gateway recovers
 * without a restart. No baud pacing, so a full cycle takes well under a second.
 */
class SerialPtyRuntimeIT {

  private static final String BASE = "solar/ptys/";

  @TempDir Path data;

  @Test
  void fullCyclesOverPtysSurviveUnplugAndReplug() throws Exception {
    InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
    List<String> ids = new ArrayList<>();
    IntStream.rangeClosed(1, 9).forEach(i -> ids.add("inverter-" + i));
    IntStream.rangeClosed(1, 15).forEach(i -> ids.add("pack-" + i));
    try (Simulation sim =
            Simulation.start(
                SimulationOptions.builder()
                    .inverters(9)
                    .threePhase(true)
                    .packs(15)
                    .seed(3)
                    .speed(1)
                    .start(LocalDateTime.of(2026, 6, 21, 11, 0))
                    .inverterBind(any)
                    .rackBind(any)
                    .build());
        PtyBridge inverters = new PtyBridge(data.resolve("ttyINV"), sim.inverterBus());
        PtyBridge rack = new PtyBridge(data.resolve("ttyBMS"), sim.rackBus());
        Mosquitto broker = Mosquitto.start(data);
        TestClient client = new TestClient(broker.port(), "it-ptys")) {
      plugIn(inverters, rack);
      client.subscribe(BASE + "#");
      try (GatewayRuntime runtime =
          new GatewayRuntime(
              config(broker.port(), inverters.path(), rack.path()), Clock.systemUTC())) {
        runtime.start();
        awaitAll(client, ids, "online");
        assertThat(state(client, "pack-15")).contains("\"cells_mV\":[");
        assertThat(state(client, "inverter-9")).contains("\"battery_voltage_V\":");
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    runtime.cycles().last("inverters").isPresent()
                        && runtime.cycles().last("battery").isPresent());
        BusCounters.Snapshot inv = runtime.counters().get("inverters").snapshot();
        assertThat(inv.transactions()).isGreaterThanOrEqualTo(9);
        assertThat(inv.errorsByReason()).doesNotContainKeys("CRC");
        assertThat(RuntimeHttp.health(runtime)).isEqualTo(200);

        // Both dongles are pulled out: the ptys disappear.
        inverters.close();
        rack.close();
        assertThat(Files.exists(inverters.path())).isFalse();
        awaitAll(client, List.of("inverter-1", "inverter-9", "pack-1", "pack-15"), "offline");
        await().atMost(Duration.ofSeconds(30)).until(() -> RuntimeHttp.health(runtime) == 503);

        // Plugged back in at the same paths: every device comes back, no restart.
        client.clear();
        plugIn(inverters, rack);
        awaitAll(client, ids, "online");
        await().atMost(Duration.ofSeconds(30)).until(() -> RuntimeHttp.health(runtime) == 200);
        assertThat(runtime.counters().get("inverters").snapshot().transactions())
            .isGreaterThan(inv.transactions());
      }
    }
  }

  private static void plugIn(PtyBridge... bridges) throws Exception {
    for (PtyBridge b : bridges) {
      b.start(Duration.ofSeconds(5));
    }
  }

  private static void awaitAll(TestClient client, List<String> ids, String availability) {
    await()
        .atMost(Duration.ofSeconds(90))
        .until(
            () ->
                ids.stream()
                    .allMatch(
                        id ->
                            client
                                .latest(BASE + id + "/availability")
                                .orElse("")
                                .equals(availability)));
  }

  private static String state(TestClient client, String id) {
    return client.latest(BASE + id + "/state").orElseThrow();
  }

  private GatewayConfig config(int mqttPort, Path inverterPty, Path rackPty) throws Exception {
    int httpPort = RuntimeHttp.freePort();
    StringBuilder units = new StringBuilder();
    for (int i = 1; i <= 9; i++) {
      units.append("      - {address: %d, phase: L%d}\n".formatted(i, (i - 1) % 3 + 1));
    }
    String yaml =
        """
        gateway: {id: ptys}
        persistence: {directory: '%s'}
        poll: {fast_s: 1, slow_s: 10, unavailable_after: 2, offline_poll_s: 1}
        mqtt: {host: 127.0.0.1, port: %d, protocol: 3.1.1}
        http: {port: %d}
        buses:
          - name: inverters
            protocol: inverter
            transport: serial
            port: '%s'
            baud: 115200
            timeout_ms: 300
            gap_ms: 2
            retries: 1
            inverters:
        %s  - name: battery
            protocol: bms
            transport: serial
            port: '%s'
            baud: 115200
            timeout_ms: 1000
            gap_ms: 2
            battery: {mode: all-packs, packs: 15, address: 1}
        """
            .formatted(data, mqttPort, httpPort, inverterPty, units, rackPty);
    return ConfigLoader.load(yaml, "ptys.yaml", data, Map.of()).config();
  }
}
