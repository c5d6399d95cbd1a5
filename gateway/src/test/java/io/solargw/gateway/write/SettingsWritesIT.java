package io.solargw.gateway.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.solargw.config.ConfigLoader;
import io.solargw.config.GatewayConfig;
import io.solargw.gateway.poll.Availability;
import io.solargw.gateway.runtime.GatewayRuntime;
import io.solargw.mqtt.Mosquitto;
import io.solargw.mqtt.TestClient;
import io.solargw.sim.Simulation;
import io.solargw.sim.SimulationOptions;
import io.solargw.sim.site.UnitState;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings writes end to end with real parts: Mosquitto on a free port, the simulator's inverter
 * bus over TCP behind a relay that counts write requests, and the real runtime. A command is
 * written, read back and acted on by the site model; every bad command is refused with its reason
 * and the bus sees no write.
 */
class SettingsWritesIT {

  private static final String BASE = "solar/wr/inverter-1/set/";

  @TempDir Path data;

  @Test
  void writesAnAcceptedCommandAndRefusesEveryBadOneWithoutTouchingTheBus() throws Exception {
    try (Site site = new Site(data, true);
        TestClient client = site.client()) {
      Map<String, String> before = site.settings();
      // Home Assistant sees a select for the allowlisted WFM, with the read-back as its state.
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  client.received().stream()
                      .anyMatch(
                          m ->
                              m.topic().startsWith("homeassistant/device/solargw_wr_inverter-1")
                                  && m.payload().contains("\"command_topic\":\"" + BASE + "WFM\"")
                                  && m.payload().contains("setting_output_priority")));

      refused(site, client, "XYZ", "1", "unknown_setting");
      refused(site, client, "MCC", "fast", "bad_value");
      refused(site, client, "MCC", "500", "bad_value");
      refused(site, client, "MCC", "50.5", "bad_value");
      refused(site, client, "CHM", "OSO", "not_allowed");
      String dependency = refused(site, client, "FLV", "56.0", "invalid");
      assertThat(dependency).contains("FLV requires BMS in [DIS]; BMS is currently CAN");
      assertThat(site.relay.writes()).isZero();
      assertThat(site.settings()).isEqualTo(before);

      UnitState sbu = site.sim.state().units().get(0);
      assertThat(sbu.gridWatts()).isLessThan(sbu.loadWatts());
      client.publish(BASE + "WFM", "UTI", false);
      String ok = result(client, "WFM");
      assertThat(ok).contains("\"ok\":true", "\"value\":\"UTI\"", "\"read_back\":\"UTI\"");
      assertThat(site.relay.writes()).isEqualTo(1);
      assertThat(site.sim.inverters().setting(0, "WFM")).contains("UTI");
      await("Home Assistant's select shows the read-back")
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  client
                      .latest("solar/wr/inverter-1/state")
                      .orElse("")
                      .contains("\"setting_output_priority\":\"UTI\""));
      await("the grid takes the load")
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                UnitState u = site.sim.state().units().get(0);
                return u.gridWatts() >= u.loadWatts() * 0.95 && u.loadWatts() > 0;
              });

      refused(site, client, "WFM", "SBU", "rate_limited");
      assertThat(site.relay.writes()).isEqualTo(1);
      assertThat(site.sim.inverters().setting(0, "WFM")).contains("UTI");
    }
  }

  @Test
  void writesDisabledRefuseEveryCommand() throws Exception {
    try (Site site = new Site(data, false);
        TestClient client = site.client()) {
      Map<String, String> before = site.settings();
      String error = refused(site, client, "WFM", "UTI", "disabled");
      assertThat(error).contains("settings writes are disabled (writes.enabled is false)");
      assertThat(site.relay.writes()).isZero();
      assertThat(site.settings()).isEqualTo(before);
    }
  }

  /** Publishes, waits for the result, checks it refuses with {@code reason}; returns the error. */
  private static String refused(
      Site site, TestClient client, String code, String payload, String reason) throws Exception {
    client.clear();
    client.publish(BASE + code, payload, false);
    String result = result(client, code);
    assertThat(result).contains("\"ok\":false", "\"reason\":\"" + reason + "\"");
    return result;
  }

  private static String result(TestClient client, String code) {
    String topic = BASE + code + "/result";
    return await(topic)
        .atMost(Duration.ofSeconds(20))
        .until(() -> client.latest(topic).orElse(null), r -> r != null);
  }

  /** Mosquitto, the simulator behind a counting relay, and the runtime, all on free ports. */
  private static final class Site implements AutoCloseable {
    final Mosquitto broker;
    final Simulation sim;
    final CountingRelay relay;
    final GatewayRuntime runtime;

    Site(Path dir, boolean writes) throws Exception {
      broker = Mosquitto.start(dir);
      InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
      sim =
          Simulation.start(
              SimulationOptions.builder()
                  .inverters(1)
                  .packs(1)
                  .seed(11)
                  .speed(1)
                  .start(LocalDateTime.of(2026, 6, 21, 11, 0))
                  .inverterBind(any)
                  .rackBind(any)
                  .build());
      relay = new CountingRelay(sim.inverterBus().getPort());
      runtime = new GatewayRuntime(config(dir, writes), Clock.systemUTC());
      runtime.start();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  runtime
                      .registry()
                      .get("inverter-1")
                      .map(r -> r.availability() == Availability.ONLINE)
                      .orElse(false));
    }

    TestClient client() throws Exception {
      TestClient c = new TestClient(broker.port(), "it-" + System.nanoTime());
      c.subscribe("solar/wr/#");
      c.subscribe("homeassistant/#");
      return c;
    }

    /** Every setting the simulated unit holds, by code. */
    Map<String, String> settings() {
      Map<String, String> out = new LinkedHashMap<>();
      for (var s : sim.inverters().profile().settings()) {
        sim.inverters().setting(0, s.code()).ifPresent(v -> out.put(s.code(), v));
      }
      return out;
    }

    private GatewayConfig config(Path dir, boolean writes) throws Exception {
      String yaml =
          """
          gateway:
            id: wr
          persistence:
            directory: %s
          poll:
            fast_s: 1
            slow_s: 2
          mqtt:
            host: 127.0.0.1
            port: %d
            protocol: 3.1.1
          http:
            enabled: false
          writes:
            enabled: %s
            allow: [WFM, MCC, FLV]
            min_interval_s: 3600
          buses:
            - name: inverters
              protocol: inverter
              transport: tcp
              port: 127.0.0.1:%d
              timeout_ms: 500
              gap_ms: 5
              retries: 0
              inverters:
                - {address: 1}
          """
              .formatted(dir, broker.port(), writes, relay.port());
      return ConfigLoader.load(yaml, "writes.yaml", dir, Map.of()).config();
    }

    @Override
    public void close() throws Exception {
      runtime.close();
      relay.close();
      sim.close();
      broker.close();
    }
  }
}
