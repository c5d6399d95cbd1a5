package io.solargw.gateway.soak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * The gateway under test as a separate process ({@code java -jar solar-gateway.jar run --config
 * ...}), so it can be killed with SIGKILL and its resident memory read from {@code /proc}.
 */
final class GatewayProcess implements AutoCloseable {

  /** Heap limit of the gateway under test (the footprint goal of issue 9 is 48 MB or less). */
  static final String HEAP = "-Xmx64m";

  private final Path jar;
  private final Path config;
  private final Path log;
  private Process process;
  private int starts;

  GatewayProcess(Path jar, Path config, Path log) {
    this.jar = jar;
    this.config = config;
    this.log = log;
  }

  /** Starts it (again); output goes to the log file. */
  void start() throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add(HEAP);
    cmd.add("-jar");
    cmd.add(jar.toString());
    cmd.add("run");
    cmd.add("--config");
    cmd.add(config.toString());
    process =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    starts++;
  }

  /** SIGKILL, and waits until it is gone. */
  void kill9() throws InterruptedException {
    if (process != null) {
      process.destroyForcibly().waitFor();
    }
  }

  /** Whether the current process still runs. */
  boolean alive() {
    return process != null && process.isAlive();
  }

  /** Exit status of a process that ended by itself. */
  int exitValue() {
    return process.exitValue();
  }

  int starts() {
    return starts;
  }

  long pid() {
    return process.pid();
  }

  /** Resident set size in kB (VmRSS of /proc/PID/status), empty when unknown. */
  OptionalLong rssKb() {
    if (!alive()) {
      return OptionalLong.empty();
    }
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty();
    }
    return OptionalLong.empty();
  }

  /** SIGTERM (a clean stop), SIGKILL after 10 s. */
  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }
}
