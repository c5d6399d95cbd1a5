package io.solargw.gateway.poll;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.gateway.bus.FrameSearch;
import io.solargw.protocol.inverter.rtu.ExceptionResponse;
import io.solargw.protocol.inverter.rtu.ReadRequest;
import io.solargw.protocol.inverter.rtu.ReadResponse;
import io.solargw.protocol.inverter.rtu.RtuCodec;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OwnAnswerFramerTest {

  private static final ReadRequest REQUEST = ReadRequest.holding(1, 0x0100, 2);

  private static byte[] answer(ReadRequest r) {
    return ReadResponse.answering(r, List.of(1, 2, 3, 4).subList(0, r.count())).toFrame();
  }

  @Test
  void takesOnlyItsOwnShapeAndStepsOverOtherWholeFrames() {
    byte[] late = answer(ReadRequest.holding(1, 0x0200, 3));
    byte[] exception = new ExceptionResponse(1, 0x03, 0x02).toFrame();
    byte[] own = answer(REQUEST);
    OwnAnswerFramer framer = new OwnAnswerFramer(REQUEST);

    assertThat(framer.search(late, late.length))
        .isEqualTo(
            new FrameSearch.Skip(
                late.length, "a late answer (function 0x03, 11 bytes) to an earlier request"));
    assertThat(framer.search(exception, exception.length)).isInstanceOf(FrameSearch.Skip.class);
    assertThat(framer.search(own, own.length)).isEqualTo(new FrameSearch.Found(0, own.length));
    assertThat(framer.lateShapes())
        .extracting(s -> s[0] + "/" + s[1])
        .containsExactly("3/11", "131/5");
  }

  @Test
  void aDamagedFrameIsSteppedOverByteByByteAndNeverTaken() {
    byte[] own = answer(REQUEST);
    own[4] ^= 0x10;
    OwnAnswerFramer framer = new OwnAnswerFramer(REQUEST);
    assertThat(framer.search(own, own.length)).isInstanceOf(FrameSearch.Skip.class);
    assertThat(((FrameSearch.Skip) framer.search(own, own.length)).count()).isEqualTo(1);
    assertThat(framer.lateShapes()).isEmpty();
  }

  @Test
  void aListenerTakesNothingAsItsOwn() {
    byte[] own = answer(REQUEST);
    OwnAnswerFramer listener = OwnAnswerFramer.listening(REQUEST);
    assertThat(listener.search(own, own.length)).isInstanceOf(FrameSearch.Skip.class);
    assertThat(listener.lateShapes()).hasSize(1);
  }

  @Test
  void randomAndMutatedBytesNeverThrowAndNeverGiveAFrameWithABadCrc() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    byte[] own = answer(REQUEST);
    for (int round = 0; round < 20_000; round++) {
      byte[] buf =
          random.nextBoolean()
              ? new byte[random.nextInt(40)]
              : Arrays.copyOf(own, own.length + random.nextInt(8));
      if (buf.length > 0 && random.nextBoolean()) {
        random.nextBytes(buf);
      } else if (buf.length > 0) {
        buf[random.nextInt(buf.length)] ^= (byte) (1 + random.nextInt(255));
      }
      OwnAnswerFramer framer =
          random.nextInt(4) == 0
              ? OwnAnswerFramer.listening(REQUEST)
              : new OwnAnswerFramer(REQUEST);
      FrameSearch found = framer.search(buf, buf.length);
      if (found instanceof FrameSearch.Found f) {
        byte[] frame = Arrays.copyOfRange(buf, f.start(), f.start() + f.length());
        int crc = (frame[frame.length - 2] & 0xFF) | (frame[frame.length - 1] & 0xFF) << 8;
        assertThat(RtuCodec.crc16(frame, 0, frame.length - 2))
            .as("seed %d, round %d", seed, round)
            .isEqualTo(crc);
        assertThat(frame.length).as("seed %d", seed).isEqualTo(own.length);
      } else if (found instanceof FrameSearch.Skip s) {
        assertThat(s.count()).as("seed %d", seed).isBetween(1, Math.max(1, buf.length));
      }
    }
  }
}
