package io.solargw.sim.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.sim.fault.FaultInjector;
import java.io.RandomAccessFile;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A simulated bus reached through a real pseudo-terminal created by socat. */
class PtyBridgeIT {

  @TempDir Path dir;

  @Test
  void aRequestWrittenToThePtyIsAnsweredThroughIt() throws Exception {
    try (SimulatedBusServer bus =
        new SimulatedBusServer(
            "pty", new LineProtocol(), WireTiming.INSTANT, FaultInjector.none())) {
      InetSocketAddress address = bus.start(new InetSocketAddress("127.0.0.1", 0));
      Path tty = dir.resolve("ttySIM0");
      try (PtyBridge bridge = new PtyBridge(tty, address)) {
        bridge.start(Duration.ofSeconds(5));
        assertThat(Files.exists(tty)).isTrue();
        try (RandomAccessFile port = new RandomAccessFile(tty.toFile(), "rw")) {
          port.write("1over-the-pty\n".getBytes(StandardCharsets.US_ASCII));
          StringBuilder sb = new StringBuilder();
          for (int c = port.read(); c >= 0 && c != '\n'; c = port.read()) {
            sb.append((char) c);
          }
          assertThat(sb).hasToString("1OK:over-the-pty");
        }
        bridge.close();
        assertThat(bridge.alive()).isFalse();
      }
    }
  }
}
