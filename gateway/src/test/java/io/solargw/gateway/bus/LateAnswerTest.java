package io.solargw.gateway.bus;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.gateway.poll.RtuResponseFramer;
import io.solargw.gateway.transport.TcpLink;
import io.solargw.protocol.inverter.rtu.ReadRequest;
import io.solargw.protocol.inverter.rtu.ReadResponse;
import io.solargw.protocol.inverter.rtu.RtuCodec;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The transactor's own guard against late answers, the settle of {@link BusTransactor#exchange}
 * (what the PACE bus relies on; Modbus RTU keeps an exact account instead, see {@code
 * RtuLateAnswerTest}). A unit answers its first request too late, over a real TCP socket: the late
 * answer has the same unit and length as the answer to the next request, so only the settle after a
 * timeout keeps it from being taken for that answer. Timing: timeout 200 ms, the late answer at 300
 * ms, so it arrives inside the settle (200..400 ms) with 100 ms to spare on either side.
 */
class LateAnswerTest {

  private static final int REQUEST_LENGTH = 8;

  /** Answers the first request after {@code lateMillis}, every later one at once. */
  private static Thread unit(ServerSocket server, long lateMillis) {
    Thread t =
        new Thread(
            () -> {
              try (Socket s = server.accept()) {
                InputStream in = s.getInputStream();
                OutputStream out = s.getOutputStream();
                for (int n = 0; ; n++) {
                  byte[] frame = in.readNBytes(REQUEST_LENGTH);
                  if (frame.length < REQUEST_LENGTH) {
                    return;
                  }
                  int start = ((frame[2] & 0xFF) << 8) | (frame[3] & 0xFF);
                  ReadRequest r = ReadRequest.holding(frame[0] & 0xFF, start, 2);
                  if (n == 0) {
                    Thread.sleep(lateMillis);
                  }
                  // the registers say which request they answer
                  out.write(ReadResponse.answering(r, List.of(start, start + 1)).toFrame());
                  out.flush();
                }
              } catch (Exception e) {
                // the test closed the link
              }
            },
            "late-unit");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /**
   * A transactor (timeout 200 ms) on a TCP link to a {@link #unit} answering first after late ms.
   */
  private static final class LateLine implements AutoCloseable {
    final ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    final TcpLink link = new TcpLink("127.0.0.1", server.getLocalPort());
    final BusCounters counters = new BusCounters();
    final BusTransactor bus =
        new BusTransactor(link, new BusTiming(Duration.ofMillis(200), Duration.ZERO, 0), counters);

    LateLine(long lateMillis) throws Exception {
      unit(server, lateMillis);
      link.open();
    }

    @Override
    public void close() throws Exception {
      link.close();
      server.close();
    }
  }

  @Test
  void aLateAnswerIsNeverTakenForTheNextRequestsAnswer() throws Exception {
    try (LateLine line = new LateLine(300)) {
      BusCounters counters = line.counters;
      BusTransactor bus = line.bus;

      ReadRequest first = ReadRequest.holding(1, 0x0100, 2);
      assertThat(bus.exchange(first.toFrame(), new RtuResponseFramer(first)))
          .isInstanceOf(Exchange.Timeout.class);

      ReadRequest second = ReadRequest.holding(1, 0x0200, 2);
      Exchange ex = bus.exchange(second.toFrame(), new RtuResponseFramer(second));
      assertThat(ex).isInstanceOf(Exchange.Answer.class);
      ReadResponse answer = RtuCodec.decodeReadResponse(second, ((Exchange.Answer) ex).frame());
      assertThat(answer.registers()).containsExactly(0x0200, 0x0201);
      assertThat(counters.snapshot().errorsByReason()).containsEntry("LATE_ANSWER", 1L);
    }
  }

  @Test
  void aRetryOfTheSameRequestMayTakeTheLateAnswerWithoutWaiting() throws Exception {
    try (LateLine line = new LateLine(300)) {
      BusCounters counters = line.counters;
      BusTransactor bus = line.bus;
      ReadRequest request = ReadRequest.holding(1, 0x0100, 2);
      assertThat(bus.exchange(request.toFrame(), new RtuResponseFramer(request)))
          .isInstanceOf(Exchange.Timeout.class);
      Exchange retry = bus.exchange(request.toFrame(), new RtuResponseFramer(request));
      assertThat(retry).isInstanceOf(Exchange.Answer.class);
      assertThat(
              RtuCodec.decodeReadResponse(request, ((Exchange.Answer) retry).frame()).registers())
          .containsExactly(0x0100, 0x0101);
      assertThat(counters.snapshot().errorsByReason()).doesNotContainKey("LATE_ANSWER");

      // the retry's own answer is still on its way: the next, different request settles first
      ReadRequest next = ReadRequest.holding(1, 0x0300, 2);
      Exchange ex = bus.exchange(next.toFrame(), new RtuResponseFramer(next));
      assertThat(RtuCodec.decodeReadResponse(next, ((Exchange.Answer) ex).frame()).registers())
          .containsExactly(0x0300, 0x0301);
    }
  }
}
