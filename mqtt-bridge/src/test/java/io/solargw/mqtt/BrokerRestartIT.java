package io.solargw.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker goes away while states keep coming: the buffer stays within its bound, and after the
 * broker returns an independent client ({@code mosquitto_sub}) sees the latest values only.
 */
class BrokerRestartIT {

  @TempDir Path dir;

  @Test
  void latestStatesArriveAfterABrokerRestartWithinTheMemoryBound() throws Exception {
    try (Mosquitto broker = Mosquitto.start(dir)) {
      BridgeSettings defaults = BridgeSettings.defaults("g", "127.0.0.1", broker.port(), dir);
      BridgeSettings settings =
          defaults
              .withBroker(
                  defaults
                      .broker()
                      .withBackoff(Duration.ofMillis(100), Duration.ofMillis(300))
                      .withBuffer(6, 2))
              .withPublishing(Duration.ofSeconds(300), Deadbands.NONE);
      try (MqttBridge bridge = MqttBridge.start(settings, new FakeWriter())) {
        bridge.publish(Devices.inverter(1, 50.0));
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> bridge.metrics().connected() && bridge.metrics().buffered() == 0);

        broker.stop();
        await().atMost(Duration.ofSeconds(10)).until(() -> !bridge.metrics().connected());
        for (int step = 1; step <= 20; step++) {
          bridge.publish(Devices.inverter(1, 50.0 + step));
          bridge.publish(Devices.pack(step));
          assertThat(bridge.metrics().buffered()).isLessThanOrEqualTo(6 + 2);
        }
        assertThat(bridge.metrics().dropped()).isPositive();

        broker.begin();
        await()
            .atMost(Duration.ofSeconds(15))
            .until(() -> bridge.metrics().connected() && bridge.metrics().buffered() == 0);
        assertThat(bridge.metrics().reconnects()).isEqualTo(1);
        assertThat(mosquittoSub(broker.port(), "solar/g/inverter-1/state"))
            .contains("\"battery_voltage_V\":70,")
            .doesNotContain("\"battery_voltage_V\":69");
        // a pack whose messages were dropped while away is republished after the reconnect
        assertThat(mosquittoSub(broker.port(), "solar/g/pack-20/state")).contains("\"pack-20\"");
        assertThat(mosquittoSub(broker.port(), "solar/g/status")).isEqualTo("online");
      }
    }
  }

  /** The retained message of a topic, as {@code mosquitto_sub} prints it. */
  private String mosquittoSub(int port, String topic) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "sub", ".txt");
    Process sub =
        new ProcessBuilder(
                "mosquitto_sub",
                "-h",
                "127.0.0.1",
                "-p",
                Integer.toString(port),
                "-t",
                topic,
                "-C",
                "1",
                "-W",
                "10")
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    assertThat(sub.waitFor(15, TimeUnit.SECONDS)).as("mosquitto_sub finished").isTrue();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(sub.exitValue()).as("mosquitto_sub: " + lines).isZero();
    return String.join("\n", lines);
  }
}
