package io.solargw.gateway.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.solargw.config.ConfigLoader;
import io.solargw.config.GatewayConfig;
import io.solargw.gateway.bus.BusCounters;
import io.solargw.mqtt.Mosquitto;
import io.solargw.mqtt.TestClient;
import io.solargw.sim.Simulation;
import io.solargw.sim.SimulationOptions;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An inverter stack behind a Modbus TCP gateway, end to end with real parts: the simulator's Modbus
 * TCP server, Mosquitto on a free port and the runtime. Values reach MQTT, the bus is counted like
 * an RTU bus, a setting written through MQTT goes out as a Modbus TCP write, and when the server
 * goes away and comes back on the same port the gateway recovers without a restart.
 */
class ModbusTcpRuntimeIT {

  private static final Pattern BATTERY_VOLTS = Pattern.compile("\"battery_voltage_V\":([0-9.]+)");

  @TempDir Path data;

  private static Simulation stack(InetSocketAddress modbusTcp) throws Exception {
    InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
    return Simulation.start(
        SimulationOptions.builder()
            .inverters(3)
            .threePhase(true)
            .packs(1)
            .seed(5)
            .speed(1)
            .start(LocalDateTime.of(2026, 6, 21, 11, 0))
            .inverterBind(any)
            .rackBind(any)
            .modbusTcp(modbusTcp)
            .build());
  }

  @Test
  void pollsWritesAndRecoversOverModbusTcp() throws Exception {
    Simulation sim = stack(new InetSocketAddress("127.0.0.1", 0));
    InetSocketAddress server = sim.modbusTcp().orElseThrow();
    try (Mosquitto broker = Mosquitto.start(data);
        TestClient client = new TestClient(broker.port(), "it-mbtcp")) {
      client.subscribe("solar/mbtcp/#");
      try (GatewayRuntime runtime =
          new GatewayRuntime(config(broker.port(), server.getPort()), Clock.systemUTC())) {
        runtime.start();
        for (int unit = 1; unit <= 3; unit++) {
          assertThat(awaitBatteryVolts(client, unit))
              .isCloseTo(sim.state().battery().volts(), within(1.5));
        }
        BusCounters.Snapshot counted = runtime.counters().get("inverters").snapshot();
        assertThat(counted.transactions()).isPositive();
        assertThat(counted.bytesIn()).isGreaterThan(counted.transactions() * 9);
        assertThat(counted.busyNanos()).isPositive();
        await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> runtime.cycles().last("inverters").isPresent());
        assertThat(RuntimeHttp.health(runtime)).isEqualTo(200);

        client.publish("solar/mbtcp/inverter-2/set/WFM", "UTI", false);
        String result =
            await()
                .atMost(Duration.ofSeconds(20))
                .until(
                    () -> client.latest("solar/mbtcp/inverter-2/set/WFM/result").orElse(""),
                    r -> !r.isEmpty());
        assertThat(result).contains("\"ok\":true", "\"read_back\":\"UTI\"");
        assertThat(sim.inverters().setting(1, "WFM")).contains("UTI");

        // The Modbus TCP gateway goes away: the units go offline, /health says so.
        sim.close();
        awaitAvailability(client, "inverter-1", "offline");
        await().atMost(Duration.ofSeconds(30)).until(() -> RuntimeHttp.health(runtime) == 503);
        long failures = runtime.counters().get("inverters").snapshot().linkFailures();

        // It comes back on the same port: the bus reconnects and fresh values flow again.
        sim = stack(server);
        client.clear();
        for (int unit = 1; unit <= 3; unit++) {
          awaitBatteryVolts(client, unit);
        }
        awaitAvailability(client, "inverter-1", "online");
        await().atMost(Duration.ofSeconds(30)).until(() -> RuntimeHttp.health(runtime) == 200);
        assertThat(failures).isPositive();
      }
    } finally {
      sim.close();
    }
  }

  private static void awaitAvailability(TestClient client, String id, String availability) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                client
                    .latest("solar/mbtcp/" + id + "/availability")
                    .orElse("")
                    .equals(availability));
  }

  private static double awaitBatteryVolts(TestClient client, int unit) {
    String state =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () -> client.latest("solar/mbtcp/inverter-" + unit + "/state").orElse(""),
                s -> s.contains("\"availability\":\"online\"") && BATTERY_VOLTS.matcher(s).find());
    Matcher m = BATTERY_VOLTS.matcher(state);
    assertThat(m.find()).isTrue();
    return Double.parseDouble(m.group(1));
  }

  private GatewayConfig config(int mqttPort, int modbusPort) throws Exception {
    int httpPort = RuntimeHttp.freePort();
    String yaml =
        """
        gateway: {id: mbtcp}
        persistence: {directory: '%s'}
        poll: {fast_s: 1, slow_s: 5, unavailable_after: 2, offline_poll_s: 1}
        mqtt: {host: 127.0.0.1, port: %d, protocol: 3.1.1}
        http: {port: %d}
        writes: {enabled: true, allow: [WFM]}
        buses:
          - name: inverters
            protocol: inverter
            transport: modbus-tcp
            port: 127.0.0.1:%d
            timeout_ms: 500
            gap_ms: 5
            retries: 0
            inverters:
              - {address: 1, phase: L1}
              - {address: 2, phase: L2}
              - {address: 3, phase: L3}
        """
            .formatted(data, mqttPort, httpPort, modbusPort);
    return ConfigLoader.load(yaml, "mbtcp.yaml", data, Map.of()).config();
  }
}
