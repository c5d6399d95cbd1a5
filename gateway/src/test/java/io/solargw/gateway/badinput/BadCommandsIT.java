package io.solargw.gateway.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.solargw.config.ConfigLoader;
import io.solargw.config.GatewayConfig;
import io.solargw.gateway.poll.Availability;
import io.solargw.gateway.runtime.GatewayRuntime;
import io.solargw.mqtt.Mosquitto;
import io.solargw.mqtt.TestClient;
import io.solargw.mqtt.command.CommandMetrics;
import io.solargw.sim.Simulation;
import io.solargw.sim.SimulationOptions;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input sweep of MQTT settings commands, with writes enabled: malformed JSON, wrong types,
 * out-of-range and off-grid values, unknown settings and devices, an empty topic level, empty,
 * binary and oversized (1 MiB, 10 MiB, sent with mosquitto_pub) payloads, retained commands, and a
 * burst of seeded random payloads. Every one is refused with its reason and a sentence on the
 * result topic and counted; the inverter sees no write request and its settings stay as they were;
 * afterwards a good command is still written.
 */
class BadCommandsIT {

  private static final String BASE = "solar/bad/inverter-1/set/";

  @TempDir Path data;

  record Case(String topic, byte[] payload, String reason, String mentions) {}

  private static Case text(String code, String payload, String reason, String mentions) {
    return new Case(
        BASE + code, payload.getBytes(java.nio.charset.StandardCharsets.UTF_8), reason, mentions);
  }

  @Test
  void everyBadCommandIsRefusedWithItsReasonCountedAndNeverWritten() throws Exception {
    long seed = Seeds.seed();
    InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
    try (Mosquitto broker = Mosquitto.start(data);
        Simulation sim =
            Simulation.start(
                SimulationOptions.builder()
                    .inverters(1)
                    .packs(1)
                    .seed(3)
                    .start(LocalDateTime.of(2026, 6, 21, 11, 0))
                    .inverterBind(any)
                    .rackBind(any)
                    .build());
        HostileDevice wire = new HostileDevice(sim.inverterBus(), seed);
        LogCapture log = new LogCapture();
        GatewayRuntime runtime =
            new GatewayRuntime(config(broker.port(), wire.address().getPort()), Clock.systemUTC());
        TestClient client = new TestClient(broker.port(), "bad-" + System.nanoTime())) {
      runtime.start();
      client.subscribe("solar/bad/#");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  runtime
                      .registry()
                      .get("inverter-1")
                      .map(r -> r.availability() == Availability.ONLINE)
                      .orElse(false));
      await("inverter-1's state on MQTT")
          .atMost(Duration.ofSeconds(30))
          .until(() -> client.latest("solar/bad/inverter-1/state").isPresent());
      Map<String, String> before = settings(sim);
      List<Case> cases =
          List.of(
              text("MCC", "{\"value\": ", "bad_value", "invalid JSON at line 1"),
              text(
                  "MCC",
                  "{\"value\": [1, 2]}",
                  "bad_value",
                  "must be a number, a string or a boolean"),
              text("MCC", "{\"val\": 5}", "bad_value", "exactly one field"),
              text("MCC", "{}", "bad_value", "exactly one field"),
              text(
                  "MCC",
                  "{\"value\": null}",
                  "bad_value",
                  "must be a number, a string or a boolean"),
              text("MCC", "fast", "bad_value", "MCC expects a number"),
              text("MCC", "{\"value\": true}", "bad_value", "MCC expects a number"),
              text("MCC", "500", "bad_value", "out of range"),
              text("MCC", "-1", "bad_value", "out of range"),
              text("MCC", "1e9", "bad_value", "out of range"),
              text("MCC", "NaN", "bad_value", "MCC expects a number"),
              text("MCC", "Infinity", "bad_value", "MCC expects a number"),
              text("MCC", "50.5", "bad_value", "off the step grid"),
              text("MCC", "", "bad_value", "MCC expects a number"),
              text("WFM", "", "bad_value", "WFM expects one of"),
              text("WFM", "utility please", "bad_value", "WFM expects one of"),
              text("WFM", "{\"value\": 3}", "bad_value", "WFM expects one of"),
              text("WFM", "SBU\nFORGED LOG LINE", "bad_value", "'SBU\\\\nFORGED"),
              text("XYZ", "1", "unknown_setting", "has no writable setting 'XYZ'"),
              text("", "1", "unknown_setting", "has no writable setting ''"),
              text("CHM", "OSO", "not_allowed", "not in the writes allowlist"),
              new Case(
                  "solar/bad/inverter-9/set/WFM", bytes("UTI"), "unknown_device", "inverter-9"),
              new Case("solar/bad/nosuch/set/WFM", bytes("UTI"), "unknown_device", "nosuch"));
      for (Case c : cases) {
        client.clear();
        client.publish(
            c.topic(), new String(c.payload(), java.nio.charset.StandardCharsets.UTF_8), false);
        assertRefused(client, c);
      }
      Path binary = data.resolve("garbage.bin");
      Files.write(binary, garbage(seed, 100));
      client.clear();
      mosquittoPub(broker.port(), BASE + "WFM", binary);
      assertRefused(
          client, new Case(BASE + "WFM", new byte[100], "bad_value", "WFM expects one of"));
      for (int mib : new int[] {1, 10}) {
        Path big = data.resolve(mib + "MiB.bin");
        Files.write(big, garbage(seed + mib, mib << 20));
        client.clear();
        mosquittoPub(broker.port(), BASE + "MCC", big);
        assertRefused(client, new Case(BASE + "MCC", new byte[0], "oversized", "at most 256"));
      }
      client.clear();
      client.publish(BASE + "WFM", "UTI", true);
      assertRefused(client, new Case(BASE + "WFM", new byte[0], "retained", "retain flag"));
      client.publish(BASE + "WFM", "", true); // clear the retained message

      Random random = new Random(seed);
      for (int i = 0; i < 50; i++) {
        client.publish(
            BASE + "MCC",
            new String(
                garbage(random.nextLong(), 1 + random.nextInt(300)),
                java.nio.charset.StandardCharsets.ISO_8859_1),
            false);
      }
      int refusals = cases.size() + 1 + 2 + 1 + 50;
      CommandMetrics m = runtime.mqtt().orElseThrow().metrics().commands();
      await("every command counted (seed " + seed + ")")
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  runtime.mqtt().orElseThrow().metrics().commands().rejected()
                          + runtime.mqtt().orElseThrow().metrics().commandsOverflowed()
                      >= refusals);
      m = runtime.mqtt().orElseThrow().metrics().commands();
      assertThat(m.accepted()).as("seed %d: %s", seed, m).isZero();
      assertThat(wire.writes()).as("write requests on the bus").isZero();
      assertThat(settings(sim)).isEqualTo(before);

      client.clear();
      client.publish(BASE + "WFM", "UTI", false);
      String ok = result(client, BASE + "WFM");
      assertThat(ok).contains("\"ok\":true", "\"read_back\":\"UTI\"");
      assertThat(wire.writes()).isEqualTo(1);
      log.assertNoStackTrace("MQTT commands, seed " + seed);
      assertThat(log.lines()).noneMatch(l -> l.startsWith("FORGED"));
    }
  }

  private static void assertRefused(TestClient client, Case c) {
    String result = result(client, c.topic());
    assertThat(result)
        .as("%s <- %d bytes", c.topic(), c.payload().length)
        .contains("\"ok\":false", "\"reason\":\"" + c.reason() + "\"", c.mentions())
        .doesNotContain("Exception", "\"error\":null");
  }

  private static String result(TestClient client, String topic) {
    String resultTopic = topic + "/result";
    return await(resultTopic)
        .atMost(Duration.ofSeconds(20))
        .until(() -> client.latest(resultTopic).orElse(null), r -> r != null);
  }

  private static void mosquittoPub(int port, String topic, Path file) throws Exception {
    Process p =
        new ProcessBuilder(
                "mosquitto_pub",
                "-h",
                "127.0.0.1",
                "-p",
                String.valueOf(port),
                "-t",
                topic,
                "-f",
                file.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("mosquitto_pub finished").isTrue();
    assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes())).isZero();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static byte[] garbage(long seed, int n) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  private static Map<String, String> settings(Simulation sim) {
    Map<String, String> out = new LinkedHashMap<>();
    for (var s : sim.inverters().profile().settings()) {
      sim.inverters().setting(0, s.code()).ifPresent(v -> out.put(s.code(), v));
    }
    return out;
  }

  private GatewayConfig config(int mqttPort, int busPort) throws Exception {
    String yaml =
        """
        gateway: {id: bad}
        persistence: {directory: '%s'}
        poll: {fast_s: 1, slow_s: 2}
        mqtt: {host: 127.0.0.1, port: %d, protocol: 5}
        http: {enabled: false}
        writes: {enabled: true, allow: [WFM, MCC], min_interval_s: 3600}
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
            .formatted(data, mqttPort, busPort);
    return ConfigLoader.load(yaml, "bad.yaml", data, Map.of()).config();
  }
}
