package io.solargw.gateway.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.solargw.gateway.soak.Soak;
import io.solargw.gateway.soak.SoakSettings;
import io.solargw.gateway.soak.SoakSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code soak}: the reliability soak of docs/reliability.md. */
@Command(
    name = "soak",
    mixinStandardHelpOptions = true,
    description = {
      "Reliability soak: the gateway against faulty simulators, then its promises checked.",
      "Runs the gateway (this jar, as a child process) against the simulated inverters",
      "and battery for --duration with faults injected: damaged",
      "answers, timeouts, TCP link drops, an MQTT broker restart, a device that goes",
      "silent, a kill -9 of the gateway. Then checks that no thread died, memory stayed",
      "flat, no value from a damaged frame was published, energy counters never went",
      "back and equal the simulator's, and every device is available again.",
      "Progress on stderr, a JSON summary on stdout. Exit status 0 when every promise",
      "held, 1 otherwise (one line per broken promise on stderr). The broker is",
      "mosquitto when installed, else the embedded Moquette. See docs/reliability.md."
    })
public final class SoakCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--duration",
      paramLabel = "TIME",
      defaultValue = "10m",
      converter = DurationConverter.class,
      description =
          "How long faults are injected, e.g. 150s, 10m, 2h (at least 60s). Default: 10m.")
  Duration duration;

  @Option(
      names = "--inverters",
      paramLabel = "N",
      defaultValue = "2",
      description = "Simulated inverters, 1..9. Default: 2.")
  int inverters;

  @Option(
      names = "--packs",
      paramLabel = "N",
      defaultValue = "4",
      description = "Simulated packs, 1..15. Default: 4.")
  int packs;

  @Option(
      names = "--corrupt",
      paramLabel = "SHARE",
      defaultValue = "0.02",
      description = "Share of answers damaged on the wire (default 0.02 = 2 %%).")
  double corrupt;

  @Option(
      names = "--timeouts",
      paramLabel = "SHARE",
      defaultValue = "0.02",
      description = "Share of answers that never come or come too late (default 0.02).")
  double timeouts;

  @Option(
      names = "--late",
      paramLabel = "SHARE",
      defaultValue = "0.5",
      description =
          "Share of the timeouts that are answers 3 s late rather than silence (default 0.5).")
  double late;

  @Option(
      names = "--link-drop-every",
      paramLabel = "TIME",
      defaultValue = "3m",
      converter = DurationConverter.class,
      description = "Period of TCP link drops (at most a quarter of --duration). Default: 3m.")
  Duration linkDrop;

  @Option(
      names = "--away",
      paramLabel = "TIME",
      defaultValue = "2m",
      converter = DurationConverter.class,
      description = "How long a device stays silent (at most 15 %% of --duration). Default: 2m.")
  Duration away;

  @Option(
      names = "--speed",
      paramLabel = "X",
      defaultValue = "60",
      description = "Simulated seconds per second (energy counters move faster). Default: 60.")
  double speed;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "9",
      description = "Seed of the site and the faults. Default: 9.")
  long seed;

  @Option(
      names = "--rss-tolerance",
      paramLabel = "SHARE",
      defaultValue = "0.25",
      description = "How much the gateway's RSS may grow over the run (default 0.25 = 25 %%).")
  double rssTolerance;

  @Option(
      names = "--jar",
      paramLabel = "FILE",
      description = "Gateway jar to test. Default: the jar this command runs from.")
  Path jar;

  @Option(
      names = "--work-dir",
      paramLabel = "DIR",
      description = "Where configuration, logs and counters go. Default: a new temp directory.")
  Path workDir;

  @Option(
      names = "--record-mqtt",
      description = "Write every MQTT message received to mqtt.log in the work directory.")
  boolean recordMqtt;

  @Override
  public Integer call() throws Exception {
    Path gatewayJar = jar != null ? jar : ownJar();
    if (gatewayJar == null || !Files.isRegularFile(gatewayJar)) {
      spec.commandLine()
          .getErr()
          .println("error: cannot find the gateway jar to run; pass --jar solar-gateway.jar");
      return 2;
    }
    SoakSettings settings;
    try {
      settings =
          new SoakSettings(
              duration,
              inverters,
              packs,
              corrupt,
              timeouts,
              late,
              linkDrop,
              away,
              speed,
              seed,
              rssTolerance,
              gatewayJar.toAbsolutePath(),
              Optional.ofNullable(workDir),
              recordMqtt);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return 2;
    }
    SoakSummary summary = new Soak(settings, spec.commandLine().getErr()).run();
    spec.commandLine()
        .getOut()
        .println(
            new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(summary.json()));
    spec.commandLine().getOut().flush();
    summary.broken().forEach(b -> spec.commandLine().getErr().println("broken: " + b));
    return summary.passed() ? 0 : 1;
  }

  private static Path ownJar() {
    try {
      Path p =
          Path.of(SoakCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return p.toString().endsWith(".jar") ? p : null;
    } catch (Exception e) {
      return null;
    }
  }
}
