package io.solargw.protocol.inverter.rtu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.solargw.protocol.inverter.InverterProtocolException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 100,000 random and mutated frames through the decoders and both scanners: each call returns a
 * value or raises {@link InverterProtocolException}, nothing else, and finishes quickly. A failure
 * prints the seed, the round and the frame.
 */
class RtuFuzzTest {

  private static final long SEED = 20_240_611L;
  private static final int ROUNDS = 50_000;

  private static final List<ModbusRequest> REQUESTS =
      List.of(
          ReadRequest.holding(0xFF, 0x0014, 2),
          ReadRequest.holding(1, 0x0204, 19),
          new ReadRequest(1, 0x04, 0x0100, 1),
          new WriteSingleRequest(1, 0xE20F, 2),
          new WriteMultipleRequest(0xFF, 0xE20F, List.of(2)));

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void randomFramesDecodeOrRaiseTheModuleException() {
    Random random = new Random(SEED);
    int decoded = 0;
    for (int round = 0; round < ROUNDS; round++) {
      byte[] frame = plausible(random);
      decoded += exercise(frame, SEED, round);
    }
    assertThat(decoded).isPositive();
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void mutatedValidFramesDecodeOrRaiseTheModuleException() {
    Random random = new Random(SEED + 1);
    List<byte[]> valid =
        Vectors.all().stream()
            .flatMap(
                t ->
                    t.response() == null
                        ? List.of(t.request()).stream()
                        : List.of(t.request(), t.response()).stream())
            .toList();
    for (int round = 0; round < ROUNDS; round++) {
      byte[] frame = mutate(valid.get(random.nextInt(valid.size())), random);
      exercise(frame, SEED + 1, round);
    }
  }

  /**
   * Runs the answer decoder and scanner for one of the requests (chosen by round), the slave's
   * decoder and scanner; returns 1 when the answer decoded into a value.
   */
  private static int exercise(byte[] frame, long seed, int round) {
    int decoded = 0;
    try {
      ModbusRequest request = REQUESTS.get(round % REQUESTS.size());
      decoded += attempt(() -> RtuCodec.decodeResponse(request, frame));
      RtuFramer.scanResponse(frame, request);
      attempt(() -> RtuSlaveCodec.decodeRequest(frame));
      RtuFramer.scanRequest(frame);
    } catch (RuntimeException e) {
      fail("seed %d round %d frame %s: %s", seed, round, HexFormat.of().formatHex(frame), e);
    }
    return decoded;
  }

  private interface Decode {
    Object run() throws InverterProtocolException;
  }

  private static int attempt(Decode decode) {
    try {
      decode.run();
      return 1;
    } catch (InverterProtocolException expected) {
      if (expected.getMessage().isBlank()) {
        throw new IllegalStateException("blank message for " + expected.reason());
      }
      return 0;
    }
  }

  /**
   * Random bytes, often with a real address, a function of this codec (or its exception form), a
   * byte count matching the length and a correct CRC, so that every check is reached.
   */
  private static byte[] plausible(Random random) {
    byte[] frame = new byte[random.nextInt(40)];
    random.nextBytes(frame);
    int[] functions = {0x03, 0x04, 0x06, 0x10, 0x83, 0x84, 0x86, 0x90};
    if (frame.length > 0 && random.nextBoolean()) {
      frame[0] = (byte) (random.nextBoolean() ? 0x01 : 0xFF);
    }
    if (frame.length > 1 && random.nextBoolean()) {
      frame[1] = (byte) functions[random.nextInt(functions.length)];
    }
    if (frame.length > 4 && random.nextBoolean()) {
      frame[2] = (byte) (frame.length - 5);
    }
    if (frame.length > 2 && random.nextBoolean()) {
      frame = TestFrames.withCrc(HexFormat.of().formatHex(frame, 0, frame.length - 2));
    }
    return frame;
  }

  private static byte[] mutate(byte[] original, Random random) {
    byte[] frame = original.clone();
    switch (random.nextInt(4)) {
      case 0 -> frame[random.nextInt(frame.length)] ^= (byte) (1 << random.nextInt(8));
      case 1 -> frame = java.util.Arrays.copyOf(frame, random.nextInt(frame.length));
      case 2 -> {
        frame = java.util.Arrays.copyOf(frame, frame.length + 1 + random.nextInt(4));
        frame[frame.length - 1] = (byte) random.nextInt(256);
      }
      default -> frame[random.nextInt(frame.length)] = (byte) random.nextInt(256);
    }
    return frame;
  }
}
