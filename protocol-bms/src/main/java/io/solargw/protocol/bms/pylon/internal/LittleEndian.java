package io.solargw.protocol.bms.pylon.internal;

/**
 * Reads and writes the little-endian integers of Pylontech-compatible CAN payloads (bms.md 6.1:
 * "all multi-byte fields are little-endian", unlike the big-endian RS485 ASCII protocol).
 */
public final class LittleEndian {

  private LittleEndian() {}

  /** Unsigned 16-bit value at {@code offset}: 0..65535. */
  public static int u16(byte[] data, int offset) {
    return (data[offset] & 0xFF) | (data[offset + 1] & 0xFF) << 8;
  }

  /** Signed 16-bit value at {@code offset}: -32768..32767. */
  public static int s16(byte[] data, int offset) {
    return (short) u16(data, offset);
  }

  /** 32 bits at {@code offset} as an int (bit pattern, for flag words). */
  public static int bits32(byte[] data, int offset) {
    return u16(data, offset) | u16(data, offset + 2) << 16;
  }

  /** Unsigned 32-bit value at {@code offset}: 0..4294967295. */
  public static long u32(byte[] data, int offset) {
    return bits32(data, offset) & 0xFFFF_FFFFL;
  }

  /** Writes the low 16 bits of {@code value} at {@code offset}. */
  public static void put16(byte[] data, int offset, int value) {
    data[offset] = (byte) value;
    data[offset + 1] = (byte) (value >>> 8);
  }

  /** A payload of consecutive 16-bit words, low byte first (most Pylontech frames are 4 words). */
  public static byte[] words(int... values) {
    byte[] data = new byte[2 * values.length];
    for (int i = 0; i < values.length; i++) {
      put16(data, 2 * i, values[i]);
    }
    return data;
  }

  /** Writes the low 32 bits of {@code value} at {@code offset}. */
  public static void put32(byte[] data, int offset, long value) {
    put16(data, offset, (int) value);
    put16(data, offset + 2, (int) (value >>> 16));
  }
}
