package io.solargw.gateway.poll;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.gateway.bus.BusCounters;
import io.solargw.gateway.bus.BusTiming;
import io.solargw.gateway.bus.BusTransactor;
import io.solargw.gateway.bus.ModbusOutcome;
import io.solargw.gateway.transport.TcpLink;
import io.solargw.protocol.inverter.rtu.ReadRequest;
import io.solargw.protocol.inverter.rtu.ReadResponse;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Units that queue requests and answer them in order, late, or drop some, over a real TCP socket.
 * RTU has no transaction id, so only the channel's account of owed answers keeps a late answer from
 * being taken for the answer to a later request of the same shape. Every register a unit sends is
 * its own address, so a misattributed answer shows as registers that are not the ones asked for.
 */
class RtuLateAnswerTest {

  private static final Duration TIMEOUT = Duration.ofMillis(200);

  /**
   * A unit that handles its requests one at a time, in order: request {@code n} is answered after
   * {@code delayOf.applyAsInt(n)} ms, or dropped when that is negative.
   */
  private static final class QueueingUnit implements AutoCloseable {
    final ServerSocket server;
    final List<ReadRequest> received = new CopyOnWriteArrayList<>();
    final BusCounters counters = new BusCounters();
    private TcpLink link;

    QueueingUnit(IntUnaryOperator delayOf) throws Exception {
      server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
      Thread t = new Thread(() -> serve(delayOf), "queueing-unit");
      t.setDaemon(true);
      t.start();
    }

    private void serve(IntUnaryOperator delayOf) {
      try (Socket s = server.accept()) {
        InputStream in = s.getInputStream();
        OutputStream out = s.getOutputStream();
        for (int n = 0; ; n++) {
          byte[] frame = in.readNBytes(ReadRequest.FRAME_LENGTH);
          if (frame.length < ReadRequest.FRAME_LENGTH) {
            return;
          }
          ReadRequest r = ReadRequest.fromFrame(frame);
          received.add(r);
          int delay = delayOf.applyAsInt(n);
          if (delay < 0) {
            continue;
          }
          Thread.sleep(delay);
          List<Integer> registers = new ArrayList<>();
          for (int i = 0; i < r.count(); i++) {
            registers.add(r.startAddress() + i);
          }
          out.write(ReadResponse.answering(r, registers).toFrame());
          out.flush();
        }
      } catch (Exception e) {
        // the test closed the link
      }
    }

    /** A channel to this unit over a fresh link, waiting {@code timeout} for each answer. */
    RtuChannel channel(Duration timeout) throws Exception {
      link = new TcpLink("127.0.0.1", server.getLocalPort());
      link.open();
      return new RtuChannel(
          new BusTransactor(link, new BusTiming(timeout, Duration.ZERO, 0), counters));
    }

    @Override
    public void close() throws Exception {
      if (link != null) {
        link.close();
      }
      server.close();
    }
  }

  private static List<Integer> registers(ModbusOutcome outcome) {
    assertThat(outcome).isInstanceOf(ModbusOutcome.Answered.class);
    return ((ReadResponse) ((ModbusOutcome.Answered) outcome).response()).registers();
  }

  private static List<Integer> range(int start, int count) {
    List<Integer> r = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      r.add(start + i);
    }
    return r;
  }

  @Test
  void aLateAnswerOfTheSameShapeIsSteppedOverAndTheNextRequestGetsItsOwn() throws Exception {
    // the first answer comes at 300 ms, 100 ms after the gateway gave up on it
    try (QueueingUnit unit = new QueueingUnit(n -> n == 0 ? 300 : 0)) {
      RtuChannel channel = unit.channel(TIMEOUT);

      assertThat(channel.transact(ReadRequest.holding(1, 0x0100, 2)))
          .isInstanceOf(ModbusOutcome.TimedOut.class);
      ModbusOutcome second = channel.transact(ReadRequest.holding(1, 0x0200, 2));

      assertThat(registers(second)).containsExactly(0x0200, 0x0201);
      assertThat(unit.counters.snapshot().errorsByReason()).containsEntry("LATE_ANSWER", 1L);
      // between them went one probe: one register, which no owed answer has
      assertThat(unit.received)
          .containsExactly(
              ReadRequest.holding(1, 0x0100, 2),
              ReadRequest.holding(1, 0x0200, 1),
              ReadRequest.holding(1, 0x0200, 2));
    }
  }

  @Test
  void aUnitStillBusyIsNotAskedAndIsAskedAgainOnceItCaughtUp() throws Exception {
    // the first answer comes at 700 ms: the probe after the timeout times out as well
    try (QueueingUnit unit = new QueueingUnit(n -> n == 0 ? 700 : 0)) {
      RtuChannel channel = unit.channel(TIMEOUT);

      assertThat(channel.transact(ReadRequest.holding(1, 0x0100, 4)))
          .isInstanceOf(ModbusOutcome.TimedOut.class);
      ModbusOutcome notSent = channel.transact(ReadRequest.holding(1, 0x0200, 4));
      assertThat(notSent).isInstanceOf(ModbusOutcome.TimedOut.class);
      assertThat(((ModbusOutcome.TimedOut) notSent).detail()).contains("not sent");
      assertThat(unit.received).doesNotContain(ReadRequest.holding(1, 0x0200, 4));

      Thread.sleep(500); // the unit works off its queue
      ModbusOutcome third = channel.transact(ReadRequest.holding(1, 0x0300, 4));

      assertThat(registers(third)).containsExactly(0x0300, 0x0301, 0x0302, 0x0303);
      // the second probe is two registers long: one-register answers were still owed
      assertThat(unit.received)
          .containsExactly(
              ReadRequest.holding(1, 0x0100, 4),
              ReadRequest.holding(1, 0x0200, 1),
              ReadRequest.holding(1, 0x0300, 2),
              ReadRequest.holding(1, 0x0300, 4));
    }
  }

  @Test
  void aRetryOfTheSameRequestIsProbedForToo() throws Exception {
    // the retry's answer would carry the right registers, but the retry's own answer would then
    // still be owed, to be taken for the next request of its shape
    try (QueueingUnit unit = new QueueingUnit(n -> n == 0 ? 300 : 0)) {
      RtuChannel channel = unit.channel(TIMEOUT);
      ReadRequest request = ReadRequest.holding(1, 0x0100, 3);

      assertThat(channel.transact(request)).isInstanceOf(ModbusOutcome.TimedOut.class);
      assertThat(registers(channel.transact(request))).containsExactly(0x0100, 0x0101, 0x0102);
      assertThat(registers(channel.transact(ReadRequest.holding(1, 0x0200, 3))))
          .containsExactly(0x0200, 0x0201, 0x0202);

      assertThat(unit.received)
          .containsExactly(
              request,
              ReadRequest.holding(1, 0x0100, 1),
              request,
              ReadRequest.holding(1, 0x0200, 3));
      assertThat(unit.counters.snapshot().errorsByReason()).containsEntry("LATE_ANSWER", 1L);
    }
  }

  @Test
  void withNoShapeLeftForAProbeTheChannelListensForTheLateAnswer() throws Exception {
    // the unit has only ever answered one-register reads, and a one-register answer is owed: no
    // probe can be told apart, so the channel listens; the late answer settles what was owed
    try (QueueingUnit unit = new QueueingUnit(n -> n == 1 ? 300 : 0)) {
      RtuChannel channel = unit.channel(TIMEOUT);
      assertThat(registers(channel.transact(ReadRequest.holding(1, 0x0100, 1))))
          .containsExactly(0x0100);
      assertThat(channel.transact(ReadRequest.holding(1, 0x0200, 1)))
          .isInstanceOf(ModbusOutcome.TimedOut.class);

      assertThat(registers(channel.transact(ReadRequest.holding(1, 0x0300, 1))))
          .containsExactly(0x0300);
      assertThat(unit.received)
          .containsExactly(
              ReadRequest.holding(1, 0x0100, 1),
              ReadRequest.holding(1, 0x0200, 1),
              ReadRequest.holding(1, 0x0300, 1));
      assertThat(unit.counters.snapshot().errorsByReason()).containsEntry("LATE_ANSWER", 1L);
    }
  }

  @Test
  void aDroppedRequestCostsOneProbe() throws Exception {
    try (QueueingUnit unit = new QueueingUnit(n -> n == 0 ? -1 : 0)) {
      RtuChannel channel = unit.channel(TIMEOUT);

      assertThat(channel.transact(ReadRequest.holding(1, 0x0100, 2)))
          .isInstanceOf(ModbusOutcome.TimedOut.class);
      assertThat(registers(channel.transact(ReadRequest.holding(1, 0x0200, 2))))
          .containsExactly(0x0200, 0x0201);
      assertThat(registers(channel.transact(ReadRequest.holding(1, 0x0300, 2))))
          .containsExactly(0x0300, 0x0301);

      assertThat(unit.received).hasSize(4); // one probe, once
      assertThat(unit.counters.snapshot().errorsByReason()).doesNotContainKey("LATE_ANSWER");
    }
  }

  @Test
  void noAnswerIsEverTakenForAnotherRequestsWhateverTheDelays() throws Exception {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    // answers at once, late (up to 2.5 timeouts) or never, at random; reads of few shapes, so
    // that late answers of the same shape as the request waiting are common
    int[] delays = new int[400];
    for (int i = 0; i < delays.length; i++) {
      int roll = random.nextInt(100);
      delays[i] = roll < 8 ? -1 : roll < 20 ? 40 + random.nextInt(90) : 0;
    }
    AtomicBoolean prompt = new AtomicBoolean();
    try (QueueingUnit unit =
        new QueueingUnit(n -> prompt.get() || n >= delays.length ? 0 : delays[n])) {
      RtuChannel channel = unit.channel(Duration.ofMillis(50));
      int answered = 0;
      for (int i = 0; i < 150; i++) {
        int start = 0x0100 + 0x10 * random.nextInt(16);
        int count = 2 + random.nextInt(3);
        ModbusOutcome outcome = channel.transact(ReadRequest.holding(1, start, count));
        if (outcome instanceof ModbusOutcome.Answered a) {
          answered++;
          assertThat(((ReadResponse) a.response()).registers())
              .as("answer to request %d (seed %d)", i, seed)
              .isEqualTo(range(start, count));
        }
      }
      assertThat(answered).as("answers checked (seed %d)", seed).isGreaterThan(10);

      // once the unit answers promptly again, a read of a shape never used goes out at once (no
      // probe can be owed for it) and its answer settles everything: the next read is answered too
      prompt.set(true);
      Thread.sleep(300); // the unit finishes the late answer it is on (130 ms at most)
      assertThat(registers(channel.transact(ReadRequest.holding(1, 0x0800, 5))))
          .as("seed %d", seed)
          .containsExactly(0x0800, 0x0801, 0x0802, 0x0803, 0x0804);
      assertThat(registers(channel.transact(ReadRequest.holding(1, 0x0900, 4))))
          .as("seed %d", seed)
          .containsExactly(0x0900, 0x0901, 0x0902, 0x0903);
    }
  }
}
