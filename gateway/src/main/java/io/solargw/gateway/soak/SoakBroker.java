package io.solargw.gateway.soak;

import io.solargw.gateway.demo.EmbeddedBroker;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The MQTT broker the soak owns, so it can restart it: Mosquitto as a child process on a free
 * loopback port when {@code mosquitto} is installed (PATH, /usr/sbin), else the embedded Moquette
 * of the demo. Either way without persistence, so a restart loses every retained message and
 * session — the worst case the gateway has to recover from.
 */
final class SoakBroker implements AutoCloseable {

  private final Optional<Path> mosquitto;
  private final Path dir;
  private final int port;
  private Process process;
  private EmbeddedBroker embedded;

  private SoakBroker(Optional<Path> mosquitto, Path dir, int port) {
    this.mosquitto = mosquitto;
    this.dir = dir;
    this.port = port;
  }

  /** Starts Mosquitto (if installed) or Moquette on a free port; files go to {@code dir}. */
  static SoakBroker start(Path dir) throws IOException, InterruptedException {
    SoakBroker b = new SoakBroker(findMosquitto(), dir, freePort());
    b.begin();
    return b;
  }

  /** {@code mosquitto <version path>} or {@code moquette (embedded)}. */
  String describe() {
    return mosquitto.map(p -> "mosquitto (" + p + ")").orElse("moquette (embedded)");
  }

  int port() {
    return port;
  }

  /** Stops the broker and starts it again on the same port after {@code downMillis}. */
  void restart(long downMillis) throws IOException, InterruptedException {
    stop();
    Thread.sleep(downMillis);
    begin();
  }

  private void begin() throws IOException, InterruptedException {
    if (mosquitto.isPresent()) {
      Path conf = dir.resolve("mosquitto.conf");
      Files.write(
          conf,
          List.of("listener " + port + " 127.0.0.1", "allow_anonymous true", "persistence false"));
      process =
          new ProcessBuilder(mosquitto.get().toString(), "-c", conf.toString())
              .redirectErrorStream(true)
              .redirectOutput(
                  ProcessBuilder.Redirect.appendTo(dir.resolve("mosquitto.log").toFile()))
              .start();
    } else {
      embedded = new EmbeddedBroker(port);
      embedded.start();
    }
    awaitListening();
  }

  private void awaitListening() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (System.nanoTime() < deadline) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException e) {
        if (process != null && !process.isAlive()) {
          throw new IOException(
              "mosquitto exited with status " + process.exitValue() + " (see mosquitto.log)", e);
        }
        Thread.sleep(100);
      }
    }
    throw new IOException("the MQTT broker does not listen on port " + port + " after 15 s");
  }

  private void stop() throws InterruptedException {
    if (process != null) {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
      process = null;
    }
    if (embedded != null) {
      embedded.close();
      embedded = null;
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }

  private static Optional<Path> findMosquitto() {
    String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin";
    for (String d : path.split(File.pathSeparator)) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, "mosquitto"))) {
        return Optional.of(Path.of(d, "mosquitto"));
      }
    }
    return Optional.empty();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
