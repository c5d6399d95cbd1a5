package io.solargw.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bridge killed without DISCONNECT (its JVM destroyed): the broker publishes the retained last
 * will {@code offline} on the status topic, so Home Assistant shows every entity unavailable.
 */
class LastWillIT {

  @TempDir Path dir;

  @Test
  void aKilledGatewayLeavesOfflineRetainedOnTheStatusTopic() throws Exception {
    try (Mosquitto broker = Mosquitto.start(dir)) {
      String java = ProcessHandle.current().info().command().orElse("java");
      Process probe =
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  LwtProbe.class.getName(),
                  Integer.toString(broker.port()),
                  "lwt",
                  dir.toString())
              .redirectErrorStream(true)
              .start();
      try {
        BufferedReader out =
            new BufferedReader(
                new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8));
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = out.readLine()) != null && !line.equals("READY")) {
          seen.append(line).append('\n');
        }
        assertThat(line).as("probe output:\n" + seen).isEqualTo("READY");
        try (TestClient ha = new TestClient(broker.port(), "ha").subscribe("solar/lwt/status")) {
          await()
              .atMost(Duration.ofSeconds(10))
              .until(() -> ha.latest("solar/lwt/status").filter("online"::equals).isPresent());
          probe.destroyForcibly().waitFor();
          await()
              .atMost(Duration.ofSeconds(10))
              .until(() -> ha.latest("solar/lwt/status").filter("offline"::equals).isPresent());
        }
        try (TestClient late = new TestClient(broker.port(), "late").subscribe("solar/lwt/#")) {
          await()
              .atMost(Duration.ofSeconds(10))
              .untilAsserted(
                  () -> {
                    assertThat(late.latest("solar/lwt/status")).contains("offline");
                    assertThat(late.on("solar/lwt/status").get(0).retained()).isTrue();
                    assertThat(late.latest("solar/lwt/inverter-1/state")).isPresent();
                  });
        }
      } finally {
        probe.destroyForcibly();
      }
    }
  }
}
