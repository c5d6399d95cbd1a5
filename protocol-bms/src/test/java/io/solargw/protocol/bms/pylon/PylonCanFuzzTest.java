package io.solargw.protocol.bms.pylon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.solargw.protocol.bms.BmsProtocolException;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random frames either decode (and map to JSON) or raise BmsProtocolException: nothing else. */
class PylonCanFuzzTest {

  private static final long SEED = 20_260_101L;
  private static final int CASES = 200_000;

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
}
