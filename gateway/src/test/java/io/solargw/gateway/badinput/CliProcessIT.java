package io.solargw.gateway.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input sweep through the packaged jar, as a user meets it: nonsense arguments, nonsense
 * environment overrides, binary standard input, a missing folder; each ends with status 2 and
 * {@code error:} lines without a stack trace. A {@code modbus-tcp} bus (which {@code run} could not
 * start before the sweep) runs and retries instead of dying.
 */
class CliProcessIT {

  @TempDir Path dir;

  record Result(int exit, String err) {
    List<String> lines() {
      return err.lines().filter(l -> !l.isBlank()).toList();
    }
  }

  @Test
  void nonsenseArgumentsEndWithOneErrorLineAndStatusTwo() throws Exception {
    for (List<String> args :
        List.of(
            List.of("--nonsense"),
            List.of("read", "--bus", "tcp://127.0.0.1:99999", "--address", "1"),
            List.of("scan", "--bus", "tcp://", "--protocol", "bms"),
            List.of("simulate", "--candump", dir.resolve("no/such/folder/x.log").toString()))) {
      Result r = run(args, Map.of(), new byte[0]);
      assertThat(r.exit()).as("%s: %s", args, r.err()).isEqualTo(2);
      assertThat(r.lines()).as(args.toString()).hasSize(1);
      assertThat(r.lines().get(0)).startsWith("error: ").doesNotContain("Exception");
    }
  }

  @Test
  void nonsenseEnvironmentNamesEveryVariable() throws Exception {
    Result r =
        run(
            List.of("run"),
            Map.of(
                "SOLAR_GATEWAY_BUSES_0_PORT", "/dev/ttyUSB0",
                "SOLAR_GATEWAY_MQTT_PORT", "abc",
                "SOLAR_GATEWAY_POLL_FAST_S", "-3",
                "SOLAR_GATEWAY_BUSES_0_BAUD", "fast",
                "SOLAR_GATEWAY_NO_SUCH_KEY", "1"),
            new byte[0]);
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            "SOLAR_GATEWAY_MQTT_PORT: mqtt.port",
            "SOLAR_GATEWAY_POLL_FAST_S: poll.fast_s",
            "SOLAR_GATEWAY_BUSES_0_BAUD: buses[0].baud",
            "SOLAR_GATEWAY_NO_SUCH_KEY")
        .doesNotContain("\tat ", "Exception");
  }

  @Test
  void binaryStandardInputToTheDecodersIsRefusedLineByLine() throws Exception {
    byte[] garbage = new byte[20_000];
    new Random(Seeds.seed()).nextBytes(garbage);
    for (String decoder : List.of("bms", "can")) {
      Result r = run(List.of("decode", decoder), Map.of(), garbage);
      assertThat(r.exit()).as("decode %s: %s", decoder, r.err()).isEqualTo(2);
      assertThat(r.lines())
          .as("decode " + decoder)
          .isNotEmpty()
          .allMatch(l -> l.startsWith("error: "));
      assertThat(r.err()).doesNotContain("\tat ", "Exception");
    }
  }

  @Test
  void aModbusTcpBusRunsAndRetriesInsteadOfDying() throws Exception {
    Path config = dir.resolve("mbtcp.yaml");
    Files.writeString(
        config,
        """
        mqtt: {enabled: false}
        http: {enabled: false}
        persistence: {directory: '%s'}
        buses:
          - name: inverters
            transport: modbus-tcp
            port: 127.0.0.1:1
        """
            .formatted(dir.resolve("data")));
    Process p = start(List.of("run", "--config", config.toString()), Map.of());
    try {
      StringBuilder err = new StringBuilder();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      var in = p.getErrorStream();
      byte[] buf = new byte[4096];
      while (!err.toString().contains("retrying in") && System.nanoTime() < deadline) {
        int n = in.read(buf);
        if (n < 0) {
          break;
        }
        err.append(new String(buf, 0, n, StandardCharsets.UTF_8));
      }
      assertThat(err.toString())
          .contains("bus inverters: cannot connect to modbus-tcp://127.0.0.1:1")
          .doesNotContain("\tat ", "IllegalArgumentException");
      assertThat(p.isAlive()).as(err.toString()).isTrue();
    } finally {
      p.destroy();
      p.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private Result run(List<String> args, Map<String, String> env, byte[] stdin) throws Exception {
    Process p = start(args, env);
    Path out = Files.createTempFile(dir, "err", ".txt");
    try (var in = p.getOutputStream()) {
      in.write(stdin);
    } catch (IOException closedEarly) {
      // the command stopped reading: fine
    }
    Thread drain =
        new Thread(
            () -> {
              try {
                Files.write(out, p.getErrorStream().readAllBytes());
              } catch (IOException e) {
                // process gone
              }
            });
    drain.start();
    p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("%s finished", args).isTrue();
    drain.join(10_000);
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
  }

  private static Process start(List<String> args, Map<String, String> env) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(Path.of("target", "solar-gateway.jar").toAbsolutePath().toString());
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().keySet().removeIf(k -> k.startsWith("SOLAR_GATEWAY_"));
    pb.environment().putAll(env);
    return pb.start();
  }
}
