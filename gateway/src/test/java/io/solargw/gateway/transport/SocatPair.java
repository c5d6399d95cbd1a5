package io.solargw.gateway.transport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Two linked pseudo-terminals made by socat: what one end writes, the other reads. */
final class SocatPair implements AutoCloseable {

  final Path a;
  final Path b;
  private final Process process;

  SocatPair(Path dir) throws IOException, InterruptedException {
    a = dir.resolve("ttyA");
    b = dir.resolve("ttyB");
    process =
        new ProcessBuilder("socat", "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!(Files.exists(a) && Files.exists(b))) {
      if (System.nanoTime() > deadline || !process.isAlive()) {
        close();
        throw new IOException("socat did not create the pty pair (is socat installed?)");
      }
      Thread.sleep(10);
    }
  }

  /** Kills socat: both ptys disappear, like an unplugged USB adapter. */
  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
