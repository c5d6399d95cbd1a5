package io.solargw.protocol.inverter.rtu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The table-driven CRC equals a bit-by-bit CRC-16/MODBUS written independently here. */
class CrcPropertyTest {

  private static final long SEED = 0x5EED_C0DEL;

  /** Bitwise reference: shift the register right once per bit, xor 0xA001 when a 1 falls out. */
  private static int reference(byte[] data, int offset, int length) {
    int register = 0xFFFF;
    for (int i = offset; i < offset + length; i++) {
      register ^= data[i] & 0xFF;
      for (int bit = 0; bit < 8; bit++) {
        boolean carry = (register & 1) == 1;
        register >>>= 1;
        if (carry) {
          register ^= 0xA001;
        }
      }
    }
    return register;
  }

  @Test
  void matchesTheCatalogueCheckValue() {
    byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
    assertThat(RtuCodec.crc16(check, 0, check.length)).isEqualTo(0x4B37);
    assertThat(reference(check, 0, check.length)).isEqualTo(0x4B37);
  }

  @Test
  void equalsTheBitwiseReferenceOnRandomData() {
    Random random = new Random(SEED);
    for (int round = 0; round < 20_000; round++) {
      byte[] data = new byte[random.nextInt(300)];
      random.nextBytes(data);
      int offset = data.length == 0 ? 0 : random.nextInt(data.length + 1);
      int length = random.nextInt(data.length - offset + 1);
      assertThat(RtuCodec.crc16(data, offset, length))
          .as("seed %d round %d length %d", SEED, round, length)
          .isEqualTo(reference(data, offset, length));
    }
  }

  @Test
  void aFrameWithItsCrcAppendedHasResidueZero() {
    Random random = new Random(SEED + 1);
    for (int round = 0; round < 1_000; round++) {
      byte[] frame = TestFrames.withCrc(hex(random, 1 + random.nextInt(40)));
      assertThat(RtuCodec.crc16(frame, 0, frame.length))
          .as("seed %d round %d", SEED + 1, round)
          .isZero();
    }
  }

  @Test
  void rejectsBoundsOutsideTheArray() {
    assertThatThrownBy(() -> RtuCodec.crc16(new byte[4], 3, 2))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  private static String hex(Random random, int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return java.util.HexFormat.of().formatHex(bytes);
  }
}
