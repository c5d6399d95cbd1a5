package io.solargw.gateway.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.solargw.protocol.bms.pylon.CanFrame;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tel.schich.javacan.CanId;
import tel.schich.javacan.platform.linux.LinuxNativeOperationException;

/**
 * The SocketCAN adapter without a kernel: JavaCAN frames are plain Java objects, so the mapping is
 * tested on real ones; the kernel side is a fake channel. The one real call tests what this machine
 * (no CAN in the kernel) answers.
 */
class SocketCanSourceTest {

  private static final Duration WAIT = Duration.ofMillis(50);

  record Row(String name, tel.schich.javacan.CanFrame in, CanSourceEvent out) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Row> frames() {
    byte[] limits = {0x14, 0x02, 0x74, 0x0E, 0x74, 0x0E, (byte) 0xCC, 0x01};
    byte none = tel.schich.javacan.CanFrame.FD_NO_FLAGS;
    return Stream.of(
        new Row(
            "standard data frame",
            tel.schich.javacan.CanFrame.create(0x351, none, limits),
            new CanSourceEvent.Frame(CanFrame.standard(0x351, limits))),
        new Row(
            "empty data frame",
            tel.schich.javacan.CanFrame.create(0x305, none, new byte[0]),
            new CanSourceEvent.Frame(CanFrame.standard(0x305))),
        new Row(
            "extended frame",
            tel.schich.javacan.CanFrame.createExtended(0x18FF50E5, none, new byte[] {2}),
            new CanSourceEvent.Frame(CanFrame.extended(0x18FF50E5, (byte) 2))),
        new Row(
            "remote frame",
            tel.schich.javacan.CanFrame.createRaw(0x351 | CanId.RTR_FLAG, none, new byte[8], 0, 8),
            new CanSourceEvent.Frame(CanFrame.remote(0x351, false, 8))),
        new Row(
            "error frame",
            tel.schich.javacan.CanFrame.createRaw(CanId.ERR_FLAG | 0x004, none, new byte[8], 0, 8),
            new CanSourceEvent.BadLine("ERROR_FRAME", "error frame, class 0x00000004")),
        new Row(
            "CAN FD frame",
            tel.schich.javacan.CanFrame.create(
                0x351, tel.schich.javacan.CanFrame.FD_FLAG_FD_FRAME, new byte[12]),
            new CanSourceEvent.BadLine(
                "CAN_FD", "CAN FD frame with 12 bytes: Pylontech batteries use classic CAN 2.0")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("frames")
  void mapsJavacanFramesToOurs(Row row) {
    assertThat(SocketCanSource.toEvent(row.in())).isEqualTo(row.out());
  }

  /** A kernel channel handing out queued frames; null entries are timeouts. */
  private static final class FakeChannel implements SocketCanSource.Channel {
    final Deque<Object> reads = new ArrayDeque<>();
    boolean closed;

    @Override
    public tel.schich.javacan.CanFrame read(Duration timeout) throws IOException {
      Object next = reads.poll();
      if (next instanceof IOException e) {
        throw e;
      }
      return (tel.schich.javacan.CanFrame) next;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void readsFramesAndSilenceThroughTheChannel() throws Exception {
    FakeChannel channel = new FakeChannel();
    channel.reads.add(tel.schich.javacan.CanFrame.create(0x356, (byte) 0, new byte[6]));
    try (SocketCanSource source = new SocketCanSource("can0", name -> channel)) {
      source.open();
      assertThat(source.poll(WAIT))
          .isEqualTo(new CanSourceEvent.Frame(CanFrame.standard(0x356, new byte[6])));
      assertThat(source.poll(WAIT)).isEqualTo(new CanSourceEvent.Silence());
    }
    assertThat(channel.closed).isTrue();
  }

  @Test
  void anInterfaceThatGoesDownBreaksTheSourceWithAnExplanation() throws Exception {
    FakeChannel channel = new FakeChannel();
    channel.reads.add(new LinuxNativeOperationException("Unable to read", 100, "Network is down"));
    SocketCanSource source = new SocketCanSource("can1", name -> channel);
    source.open();
    assertThatThrownBy(() -> source.poll(WAIT))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "SocketCAN interface can1 is down (ip link set can1 up type can bitrate 500000)");
    assertThat(source.isOpen()).isFalse();
    assertThat(channel.closed).isTrue();
  }

  @Test
  void aMissingInterfaceOrKernelSupportIsExplained() {
    SocketCanSource noDevice =
        new SocketCanSource(
            "can7",
            name -> {
              throw new LinuxNativeOperationException("Failed to resolve", 19, "No such device");
            });
    assertThatThrownBy(noDevice::open)
        .hasMessageStartingWith("SocketCAN interface can7 does not exist");
    SocketCanSource noKernel =
        new SocketCanSource(
            "can0",
            name -> {
              throw new LinuxNativeOperationException("Unable to create RAW socket", 97, "x");
            });
    assertThatThrownBy(noKernel::open)
        .hasMessageStartingWith("SocketCAN interface can0 cannot be used: this kernel has no");
  }

  @Test
  void aNativeLibraryThatCannotLoadIsOneLineNamingTheInterface() {
    SocketCanSource source =
        new SocketCanSource(
            "can0",
            name -> {
              throw new UnsatisfiedLinkError("libjavacan-core.so:\n wrong ELF class: ELFCLASS64");
            });
    assertThatThrownBy(source::open)
        .isInstanceOf(IOException.class)
        .hasMessage(
            "SocketCAN interface can0: the JavaCAN native library cannot be loaded on this machine"
                + " (libjavacan-core.so: wrong ELF class: ELFCLASS64)");
    assertThat(source.isOpen()).isFalse();
  }

  /** No such interface (and, on the build machine, no CAN in the kernel): one line, by name. */
  @Test
  void theRealAdapterFailsCleanlyOnAMachineWithoutSocketCan() {
    SocketCanSource source = new SocketCanSource("sgwnone0"); // no such interface anywhere
    assertThatThrownBy(source::open)
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("SocketCAN interface sgwnone0 ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    assertThatThrownBy(() -> source.poll(WAIT)).hasMessage("socketcan sgwnone0 is not open");
  }
}
