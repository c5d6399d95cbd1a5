package io.solargw.gateway.soak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short soak of docs/reliability.md, as CI runs it: {@code solar-gateway soak --duration 100s}
 * from the packaged jar, which runs the gateway as its own child process against the faulty
 * simulators and a broker it restarts. Every promise must hold (exit 0) and the JSON summary must
 * show that every kind of fault was really injected and every check really ran.
 */
class SoakIT {

  @TempDir Path dir;

  @Test
  void theShortSoakKeepsEveryPromise() throws Exception {
    Path jar = Path.of("target", "solar-gateway.jar").toAbsolutePath();
    assertThat(jar).as("the packaged gateway (mvn package runs before the ITs)").exists();
    Path out = dir.resolve("summary.json");
    Path err = dir.resolve("progress.txt");
    Process soak =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar",
                    jar.toString(),
                    "soak",
                    "--duration",
                    "100s",
                    "--work-dir",
                    dir.resolve("work").toString()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    boolean ended = soak.waitFor(5, TimeUnit.MINUTES);
    if (!ended) {
      soak.destroyForcibly().waitFor();
    }
    String progress = Files.readString(err);
    assertThat(ended).as("soak ended within 5 minutes; progress:%n%s", progress).isTrue();
    assertThat(soak.exitValue()).as("exit status; progress:%n%s", progress).isZero();

    JsonNode summary = new ObjectMapper().readTree(out.toFile());
    assertThat(summary.path("passed").asBoolean()).isTrue();
    assertThat(summary.path("broken")).isEmpty();
    summary
        .path("checks")
        .fields()
        .forEachRemaining(c -> assertThat(c.getValue().asBoolean()).as(c.getKey()).isTrue());
    JsonNode faults = summary.path("faults_injected");
    for (String kind :
        List.of(
            "corrupt_byte",
            "bad_checksum",
            "truncated",
            "wrong_address",
            "no_answer",
            "late_answer",
            "tcp_link_drops",
            "broker_restarts",
            "gateway_kills",
            "device_away_periods")) {
      assertThat(faults.path(kind).asLong()).as(kind).isPositive();
    }
    assertThat(summary.path("gateway_starts").asInt()).isEqualTo(2);
    assertThat(summary.path("values").path("values_checked_against_simulator").asLong())
        .isGreaterThan(1000);
    assertThat(summary.path("values").path("answers_rejected_by_gateway").asLong()).isPositive();
    assertThat(summary.path("thread_deaths").asLong()).isZero();
    assertThat(summary.path("memory").path("rss_start_kB").asLong()).isPositive();
    assertThat(summary.path("energy_counters_compared").asInt()).isPositive();
    if ("true".equals(System.getenv("CI"))) {
      assertThat(summary.path("broker").asText()).startsWith("mosquitto");
    }
  }
}
