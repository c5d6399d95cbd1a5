package io.solargw.gateway.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Characterisation of what we rely on in jSerialComm on Linux pseudo-terminals (socat pty pairs):
 * opening a pty by its link path, writing, reading with a timeout, and noticing that the pty went
 * away.
 */
class SerialLinkPtyIT {

  @TempDir Path dir;

  @Test
  void writesAndReadsThroughAPtyAndTimesOutWhenNothingComes() throws Exception {
    try (SocatPair pair = new SocatPair(dir);
        SerialLink link = new SerialLink(pair.a.toString(), SerialSettings.of8n1(9600));
        RandomAccessFile other = new RandomAccessFile(pair.b.toFile(), "rw")) {
      link.open();
      assertThat(link.isOpen()).isTrue();
      link.write("~250146C10000FD9A\r".getBytes(StandardCharsets.US_ASCII));
      byte[] got = new byte[18];
      other.readFully(got);
      assertThat(new String(got, StandardCharsets.US_ASCII)).isEqualTo("~250146C10000FD9A\r");

      other.write(new byte[] {1, 3, 2, 0, 1, 0x79, (byte) 0x84});
      byte[] buf = new byte[64];
      int n = 0;
      while (n < 7) {
        int r = link.read(buf, n, buf.length - n, 1000);
        assertThat(r).as("bytes arrive before the timeout").isPositive();
        n += r;
      }
      assertThat(Arrays.copyOf(buf, n)).containsExactly(1, 3, 2, 0, 1, 0x79, 0x84);
      assertThat(link.read(buf, 0, buf.length, 100)).as("timeout returns 0").isZero();
    }
  }

  @Test
  void aMissingPortIsAReadableError() {
    SerialLink link = new SerialLink(dir.resolve("ttyUSB9").toString(), SerialSettings.of8n1(9600));
    assertThatThrownBy(link::open)
        .isInstanceOf(IOException.class)
        .hasMessageContaining("does not exist");
  }

  @Test
  void aPtyThatDisappearsCanBeReopenedWhenItComesBack() throws Exception {
    SocatPair pair = new SocatPair(dir);
    try (SerialLink link = new SerialLink(pair.a.toString(), SerialSettings.of8n1(9600))) {
      link.open();
      pair.close();
      // Unplugged: writing fails promptly with a readable error instead of hanging (jSerialComm
      // alone spins forever in writeBytes here), and reopening fails while the port is gone.
      assertThatThrownBy(() -> link.write(new byte[] {1}))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("disappeared");
      assertThat(link.isOpen()).isFalse();
      assertThatThrownBy(link::open).isInstanceOf(IOException.class);
      try (SocatPair again = new SocatPair(dir);
          RandomAccessFile other = new RandomAccessFile(again.b.toFile(), "rw")) {
        link.open(); // plugged back in: the same path works again without a restart
        link.write(new byte[] {0x42});
        assertThat(other.read()).isEqualTo(0x42);
      }
    }
  }
}
