package io.solargw.mqtt;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Mosquitto on a free loopback port with a generated config file. Fails when the binary is
 * missing and {@code CI=true}; skips the test otherwise.
 */
public final class Mosquitto implements AutoCloseable {

  private static final List<Path> BINARIES =
      List.of(Path.of("/usr/sbin/mosquitto"), Path.of("/usr/bin/mosquitto"));

  private final Path dir;
  private final int port;
  private final List<String> extraConfig;
  private Process process;

  private Mosquitto(Path dir, int port, List<String> extraConfig) {
    this.dir = dir;
    this.port = port;
    this.extraConfig = extraConfig;
  }

  /** Starts a broker that allows anonymous clients, no persistence. */
  public static Mosquitto start(Path dir) throws IOException {
    return start(dir, List.of("allow_anonymous true"));
  }

  /** Starts a broker with these config lines after the listener line. */
  public static Mosquitto start(Path dir, List<String> extraConfig) throws IOException {
    Mosquitto broker = new Mosquitto(dir, freePort(), extraConfig);
    broker.begin();
    return broker;
  }

  /** The mosquitto binary, or a failed/aborted test. */
  public static Path binary() {
    for (Path path : BINARIES) {
      if (Files.isExecutable(path)) {
        return path;
      }
    }
    String message = "mosquitto is not installed (apt-get install mosquitto mosquitto-clients)";
    if ("true".equals(System.getenv("CI"))) {
      Assertions.fail(message);
    }
    Assumptions.abort(message);
    throw new AssertionError(message);
  }

  public int port() {
    return port;
  }

  /** Starts the broker again on the same port, after {@link #stop()}. */
  public void begin() throws IOException {
    Path config = dir.resolve("mosquitto-" + port + ".conf");
    List<String> lines = new ArrayList<>();
    lines.add("listener " + port + " 127.0.0.1");
    lines.add("persistence false");
    lines.addAll(extraConfig);
    Files.write(config, lines);
    Path log = dir.resolve("mosquitto-" + port + ".log");
    process =
        new ProcessBuilder(binary().toString(), "-v", "-c", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    await("mosquitto listening on " + port)
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> accepts(port) || !process.isAlive());
    if (!process.isAlive()) {
      Assertions.fail("mosquitto exited: " + Files.readString(log));
    }
  }

  /** Stops the broker (SIGTERM) and waits for it to exit. */
  public void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        process.waitFor();
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() {
    stop();
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }
}
