package io.solargw.protocol.inverter.rtu;

import static io.solargw.protocol.inverter.rtu.TestFrames.raw;
import static io.solargw.protocol.inverter.rtu.TestFrames.withCrc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The frame-boundary scanners find every captured frame whatever the chunking, skip garbage, and
 * say how many bytes are missing.
 */
class RtuFramerTest {

  static Stream<Vectors.Transaction> answered() {
    return Vectors.all().stream().filter(t -> t.response() != null);
  }

  /** A receive buffer fed in chunks, scanned after every chunk as a transport would. */
  private static final class Receiver {
    private byte[] buffer = new byte[0];
    final List<byte[]> frames = new ArrayList<>();
    final List<String> skips = new ArrayList<>();

    void feed(byte[] chunk, java.util.function.Function<byte[], FrameScan> scanner) {
      byte[] joined = Arrays.copyOf(buffer, buffer.length + chunk.length);
      System.arraycopy(chunk, 0, joined, buffer.length, chunk.length);
      buffer = joined;
      while (true) {
        FrameScan scan = scanner.apply(buffer);
        if (scan instanceof FrameScan.Complete complete) {
          frames.add(complete.frame());
          buffer = Arrays.copyOfRange(buffer, complete.length(), buffer.length);
        } else if (scan instanceof FrameScan.Skip skip) {
          assertThat(skip.count()).isPositive();
          skips.add(skip.reason());
          buffer = Arrays.copyOfRange(buffer, skip.count(), buffer.length);
        } else {
          assertThat(((FrameScan.NeedMore) scan).bytesMissing()).isPositive();
          return;
        }
      }
    }
  }

  private static Receiver feedInChunks(
      byte[] stream, int chunk, java.util.function.Function<byte[], FrameScan> scanner) {
    Receiver receiver = new Receiver();
    for (int at = 0; at < stream.length; at += chunk) {
      receiver.feed(Arrays.copyOfRange(stream, at, Math.min(stream.length, at + chunk)), scanner);
    }
    return receiver;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answered")
  void findsEachAnswerInEveryChunkSize(Vectors.Transaction t) throws Exception {
    ModbusRequest request = RtuSlaveCodec.decodeRequest(t.request());
    for (int chunk = 1; chunk <= t.response().length; chunk++) {
      Receiver receiver =
          feedInChunks(t.response(), chunk, b -> RtuFramer.scanResponse(b, request));
      assertThat(receiver.frames).as("chunk %d", chunk).hasSize(1);
      assertThat(receiver.frames.get(0)).isEqualTo(t.response());
      assertThat(receiver.skips).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answered")
  void skipsGarbageBeforeAnAnswer(Vectors.Transaction t) throws Exception {
    ModbusRequest request = RtuSlaveCodec.decodeRequest(t.request());
    byte[] stream = concat(raw("00 ff 01 01 02"), t.response());
    for (int chunk = 1; chunk <= stream.length; chunk++) {
      Receiver receiver = feedInChunks(stream, chunk, b -> RtuFramer.scanResponse(b, request));
      assertThat(receiver.frames).as("chunk %d", chunk).containsExactly(t.response());
      assertThat(receiver.skips).isNotEmpty();
    }
  }

  @Test
  void findsAllRequestsOfAStreamInEveryChunkSize() {
    List<byte[]> requests = Vectors.all().stream().map(Vectors.Transaction::request).toList();
    byte[] stream = concat(requests.toArray(new byte[0][]));
    for (int chunk = 1; chunk <= stream.length; chunk++) {
      Receiver receiver = feedInChunks(stream, chunk, RtuFramer::scanRequest);
      assertThat(receiver.frames).as("chunk %d", chunk).containsExactlyElementsOf(requests);
      assertThat(receiver.skips).isEmpty();
    }
  }

  @Test
  void resynchronisesOnRequestsAfterGarbageAndDamagedFrames() {
    byte[] good = withCrc("01 03 02 04 00 13");
    byte[] damaged = good.clone();
    damaged[3] ^= 0x10;
    byte[] stream = concat(raw("aa"), good, damaged, raw("7f 7f"), good, good);
    for (int chunk = 1; chunk <= stream.length; chunk++) {
      Receiver receiver = feedInChunks(stream, chunk, RtuFramer::scanRequest);
      assertThat(receiver.frames).as("chunk %d", chunk).containsExactly(good, good, good);
    }
  }

  @Test
  void framesExceptionAndWriteAnswersByTheirFixedLength() {
    ReadRequest read = ReadRequest.holding(1, 0x0204, 19);
    WriteSingleRequest write = new WriteSingleRequest(1, 0xE20F, 2);
    byte[] exception = withCrc("01 83 02");
    byte[] echo = write.toFrame();

    assertThat(RtuFramer.scanResponse(concat(exception, raw("01")), read))
        .isEqualTo(new FrameScan.Complete(exception));
    assertThat(RtuFramer.scanResponse(Arrays.copyOf(echo, 6), write))
        .isEqualTo(new FrameScan.NeedMore(2));
    assertThat(RtuFramer.scanResponse(echo, write)).isEqualTo(new FrameScan.Complete(echo));
  }

  @Test
  void saysHowManyBytesAreMissing() {
    ReadRequest read = ReadRequest.holding(0xFF, 0x0014, 2);
    byte[] t1 = Vectors.byId("T1").response();

    assertThat(RtuFramer.scanResponse(new byte[0], read)).isEqualTo(new FrameScan.NeedMore(5));
    assertThat(RtuFramer.scanResponse(Arrays.copyOf(t1, 2), read))
        .isEqualTo(new FrameScan.NeedMore(3));
    assertThat(RtuFramer.scanResponse(Arrays.copyOf(t1, 3), read))
        .isEqualTo(new FrameScan.NeedMore(6));
    assertThat(RtuFramer.scanRequest(Arrays.copyOf(Vectors.byId("T16").request(), 5)))
        .isEqualTo(new FrameScan.NeedMore(4));
  }

  @Test
  void namesWhyBytesAreSkipped() {
    ReadRequest read = ReadRequest.holding(1, 0x0014, 2);

    assertThat(RtuFramer.scanResponse(raw("02 03 01"), read))
        .isEqualTo(
            new FrameScan.Skip(2, "address 0x02 at offset 0 cannot answer a request to 0x01"));
    assertThat(RtuFramer.scanResponse(raw("01 04 01 03"), read))
        .isEqualTo(new FrameScan.Skip(2, "function 0x04 at offset 1 cannot answer function 0x03"));
    assertThat(RtuFramer.scanRequest(raw("01 2b 0e 01")))
        .isEqualTo(new FrameScan.Skip(2, "function 0x2B at offset 1 has no request layout"));
  }

  @Test
  void scansWithinAnOffsetWindowAndRejectsBadBounds() {
    byte[] t1 = Vectors.byId("T1").response();
    byte[] padded = concat(raw("ee ee"), t1, raw("ee"));
    ReadRequest read = ReadRequest.holding(0xFF, 0x0014, 2);

    assertThat(RtuFramer.scanResponse(padded, 2, t1.length, read))
        .isEqualTo(new FrameScan.Complete(t1));
    assertThatThrownBy(() -> RtuFramer.scanResponse(padded, 5, padded.length, read))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void completeHoldsACopyAndPrintsHex() {
    byte[] bytes = raw("01 83 02 c0 f1");
    FrameScan.Complete complete = new FrameScan.Complete(bytes);
    bytes[0] = 9;

    assertThat(complete.frame()[0]).isEqualTo((byte) 1);
    assertThat(complete).isEqualTo(new FrameScan.Complete(raw("01 83 02 c0 f1")));
    assertThat(complete.hashCode())
        .isEqualTo(new FrameScan.Complete(raw("01 83 02 c0 f1")).hashCode());
    assertThat(complete.toString()).isEqualTo("Complete[frame=01 83 02 c0 f1]");
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
