package io.solargw.sim.wire;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A serial port for a simulated bus: socat creates a pseudo-terminal, links it at {@code path}
 * (e.g. {@code /tmp/ttySIM0}) and relays its bytes to the bus's TCP server. The gateway opens
 * {@code path} as it would open {@code /dev/ttyUSB0}. Killing the bridge is an unplugged dongle;
 * starting it again is the dongle plugged back in.
 *
 * <p>Equivalent shell command: {@code socat pty,raw,echo=0,link=/tmp/ttySIM0 tcp:127.0.0.1:5020}.
 */
public final class PtyBridge implements AutoCloseable {

  private final Path path;
  private final InetSocketAddress target;
  private Process process;

  /**
   * @param path where the pty is linked
   * @param target the bus server to relay to
   */
  public PtyBridge(Path path, InetSocketAddress target) {
    this.path = path;
    this.target = target;
  }

  /** Starts socat and waits until the pty link exists. */
  public synchronized void start(Duration timeout) throws IOException, InterruptedException {
    if (process != null && process.isAlive()) {
      return;
    }
    List<String> command =
        List.of(
            "socat",
            "pty,raw,echo=0,link=" + path,
            "tcp:" + target.getHostString() + ":" + target.getPort());
    try {
      process =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(devNull()).start();
    } catch (IOException e) {
      throw new IOException(
          "cannot start socat (install it: apt-get install socat): " + e.getMessage(), e);
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!Files.exists(path)) {
      if (!process.isAlive()) {
        throw new IOException("socat exited with status " + process.exitValue() + " for " + path);
      }
      if (System.nanoTime() > deadline) {
        close();
        throw new IOException("socat did not create " + path + " within " + timeout);
      }
      Thread.sleep(10);
    }
  }

  /** The pty link the gateway opens. */
  public Path path() {
    return path;
  }

  /** True while socat runs. */
  public synchronized boolean alive() {
    return process != null && process.isAlive();
  }

  /** Stops socat (the pty disappears), like unplugging the dongle. */
  @Override
  public synchronized void close() {
    if (process != null) {
      process.destroy();
      try {
        if (!process.waitFor(2, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      process = null;
    }
  }

  private static ProcessBuilder.Redirect devNull() {
    return ProcessBuilder.Redirect.DISCARD;
  }
}
