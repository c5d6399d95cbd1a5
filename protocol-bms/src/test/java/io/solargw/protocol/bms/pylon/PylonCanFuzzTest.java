package io.solargw.protocol.bms.pylon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.solargw.protocol.bms.BmsProtocolException;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * 200,000 random frames and 100,000 mutated valid frames either decode (and map to JSON) or raise
 * BmsProtocolException: nothing else.
 */
class PylonCanFuzzTest {

  private static final long SEED = 20_260_101L;
  private static final int CASES = 200_000;
  private static final int MUTATED_CASES = 100_000;

  @Test
  void randomFramesDecodeOrRaiseTheModuleException() {
    Random random = new Random(SEED);
    int decoded = 0;
    int rejected = 0;
    for (int i = 0; i < CASES; i++) {
      CanFrame frame = RandomFrames.frame(random);
      try {
        Map<String, Object> map = PylonCanJson.decode(frame);
        assertThat(map).containsKeys("can_id", "kind", "raw");
        decoded++;
      } catch (BmsProtocolException e) {
        assertThat(e.getMessage()).isNotBlank();
        rejected++;
      } catch (RuntimeException e) {
        fail("seed " + SEED + ", case " + i + ", " + frame + ": " + e, e);
      }
    }
    assertThat(decoded).isPositive();
    assertThat(rejected).isPositive();
  }

  @Test
  void mutatedValidFramesDecodeOrRaiseTheModuleException() {
    Random random = new Random(SEED + 1);
    PylonCanId[] ids = PylonCanId.values();
    int rejected = 0;
    for (int i = 0; i < MUTATED_CASES; i++) {
      PylonCanId id = ids[random.nextInt(ids.length)];
      CanFrame frame = mutate(random, PylonCanRoundTripTest.randomMessage(id, random).toFrame());
      try {
        PylonCanJson.decode(frame);
      } catch (BmsProtocolException e) {
        assertThat(e.reason()).isEqualTo(BmsProtocolException.Reason.LENGTH);
        rejected++;
      } catch (RuntimeException e) {
        fail("seed " + (SEED + 1) + ", case " + i + ", " + frame + ": " + e, e);
      }
    }
    assertThat(rejected).isPositive();
  }

  /** Flips a bit, truncates, extends, or moves the id by one. */
  private static CanFrame mutate(Random r, CanFrame frame) {
    byte[] data = frame.data();
    int id = frame.id();
    switch (r.nextInt(4)) {
      case 0 -> {
        if (data.length > 0) {
          data[r.nextInt(data.length)] ^= (byte) (1 << r.nextInt(8));
        }
      }
      case 1 -> data = Arrays.copyOf(data, r.nextInt(data.length + 1));
      case 2 -> data = Arrays.copyOf(data, Math.min(8, data.length + 1 + r.nextInt(3)));
      default ->
          id = Math.max(0, Math.min(CanFrame.MAX_STANDARD_ID, id + (r.nextBoolean() ? 1 : -1)));
    }
    return CanFrame.standard(id, data);
  }
}
