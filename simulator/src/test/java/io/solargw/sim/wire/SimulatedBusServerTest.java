package io.solargw.sim.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.sim.fault.FaultInjector;
import io.solargw.sim.fault.FaultKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bus server over real TCP sockets on loopback, with the toy {@link LineProtocol}. */
class SimulatedBusServerTest {

  private static final InetSocketAddress ANY = new InetSocketAddress("127.0.0.1", 0);

  @Test
  void answersTheAddressedDeviceAndIgnoresNoiseAndOtherAddresses() throws Exception {
    try (SimulatedBusServer bus =
            new SimulatedBusServer(
                "t", new LineProtocol(), WireTiming.INSTANT, FaultInjector.none());
        Socket s = connect(bus)) {
      send(s, "~~garbage~~7nobody\n2hello\n");
      assertThat(readLine(s)).isEqualTo("2OK:hello");
      assertThat(bus.statistics().requests()).isEqualTo(2);
      assertThat(bus.statistics().skippedBytes()).isEqualTo(11);
    }
  }

  @Test
  void splitRequestsAreReassembled() throws Exception {
    try (SimulatedBusServer bus =
            new SimulatedBusServer(
                "t", new LineProtocol(), WireTiming.INSTANT, FaultInjector.none());
        Socket s = connect(bus)) {
      send(s, "3ab");
      Thread.sleep(50);
      send(s, "c\n");
      assertThat(readLine(s)).isEqualTo("3OK:abc");
    }
  }

  @Test
  void anAnswerNeverArrivesBeforeItsWireTime() throws Exception {
    // 9600 baud: 10 bits per byte. Request 5 bytes + answer 101 bytes = 106 bytes = 110 ms, plus
    // 20 ms turnaround. Only a lower bound is asserted: a slow machine can only be later.
    String text = "x".repeat(96);
    try (SimulatedBusServer bus =
            new SimulatedBusServer(
                "t", new LineProtocol(), new WireTiming(9600, 20), FaultInjector.none());
        Socket s = connect(bus)) {
      long t0 = System.nanoTime();
      send(s, "1" + text + "\n");
      assertThat(readLine(s)).isEqualTo("1OK:" + text);
      long millis = (System.nanoTime() - t0) / 1_000_000;
      assertThat(millis).isGreaterThanOrEqualTo(120);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = FaultKind.class,
      names = {"CORRUPT_BYTE", "BAD_CHECKSUM", "TRUNCATED", "WRONG_ADDRESS", "GARBAGE_BEFORE"})
  void eachInjectedFaultIsVisibleToTheClient(FaultKind kind) throws Exception {
    FaultInjector faults = new FaultInjector(1.0, EnumSet.of(kind), 11);
    try (SimulatedBusServer bus =
            new SimulatedBusServer("t", new LineProtocol(), WireTiming.INSTANT, faults);
        Socket s = connect(bus)) {
      send(s, "4payload\n");
      byte[] got = readSome(s);
      String good = "4OK:payload\n";
      assertThat(new String(got, StandardCharsets.US_ASCII)).isNotEqualTo(good);
      switch (kind) {
        case TRUNCATED -> assertThat(got).hasSizeLessThan(good.length());
        case WRONG_ADDRESS -> assertThat((char) got[0]).isEqualTo('9');
        case BAD_CHECKSUM -> assertThat((char) got[1]).isEqualTo('X');
        case GARBAGE_BEFORE -> assertThat(got).hasSize(good.length() + 3);
        default -> assertThat(got).hasSize(good.length());
      }
      assertThat(faults.injected()).containsEntry(kind, 1L);
    }
  }

  @Test
  void aDeviceThatWentAwayIsSilentUntilItComesBack() throws Exception {
    FaultInjector faults = FaultInjector.none();
    try (SimulatedBusServer bus =
            new SimulatedBusServer("t", new LineProtocol(), WireTiming.INSTANT, faults);
        Socket s = connect(bus)) {
      faults.setAway(5, true);
      send(s, "5ping\n");
      s.setSoTimeout(300);
      InputStream in = s.getInputStream();
      boolean silent;
      try {
        silent = in.read() < 0;
      } catch (SocketTimeoutException e) {
        silent = true;
      }
      assertThat(silent).isTrue();
      faults.setAway(5, false);
      s.setSoTimeout(5000);
      send(s, "5ping\n");
      assertThat(readLine(s)).isEqualTo("5OK:ping");
    }
  }

  @Test
  void droppedConnectionsAreClosedAndTheServerKeepsListening() throws Exception {
    try (SimulatedBusServer bus =
            new SimulatedBusServer(
                "t", new LineProtocol(), WireTiming.INSTANT, FaultInjector.none());
        Socket first = connect(bus)) {
      send(first, "1a\n");
      assertThat(readLine(first)).isEqualTo("1OK:a");
      assertThat(bus.dropConnections()).isEqualTo(1);
      assertThat(first.getInputStream().read()).as("end of stream").isEqualTo(-1);
      try (Socket second = new Socket("127.0.0.1", first.getPort())) {
        second.setSoTimeout(5000);
        send(second, "1b\n");
        assertThat(readLine(second)).isEqualTo("1OK:b");
      }
    }
  }

  @Test
  void theTapSeesEveryAnswerWrittenWithItsFault() throws Exception {
    FaultInjector faults = new FaultInjector(0, EnumSet.allOf(FaultKind.class), 3);
    faults.setRates(java.util.Map.of(FaultKind.BAD_CHECKSUM, 1.0));
    java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (SimulatedBusServer bus =
            new SimulatedBusServer("t", new LineProtocol(), WireTiming.INSTANT, faults);
        Socket s = connect(bus)) {
      bus.tap(
          (name, device, request, answer, fault) ->
              seen.add(name + " " + device + " " + fault.map(Enum::name).orElse("none")));
      send(s, "5x\n");
      readSome(s);
      assertThat(seen).containsExactly("t 5 BAD_CHECKSUM");
      assertThat(faults.injected()).containsEntry(FaultKind.BAD_CHECKSUM, 1L);
    }
  }

  private static Socket connect(SimulatedBusServer bus) throws Exception {
    InetSocketAddress address = bus.start(ANY);
    Socket s = new Socket(address.getHostString(), address.getPort());
    s.setSoTimeout(5000);
    return s;
  }

  private static void send(Socket s, String text) throws IOException {
    OutputStream out = s.getOutputStream();
    out.write(text.getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private static String readLine(Socket s) throws IOException {
    StringBuilder sb = new StringBuilder();
    InputStream in = s.getInputStream();
    for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
      sb.append((char) c);
    }
    return sb.toString();
  }

  private static byte[] readSome(Socket s) throws IOException {
    InputStream in = s.getInputStream();
    byte[] buf = new byte[256];
    int n = in.read(buf);
    s.setSoTimeout(200);
    try {
      int m;
      while ((m = in.read(buf, n, buf.length - n)) > 0) {
        n += m;
      }
    } catch (SocketTimeoutException e) {
      // no more bytes: the answer is complete
    }
    return java.util.Arrays.copyOf(buf, n);
  }
}
