package io.solargw.protocol.bms.pylon.internal;

/** Range checks for the compact constructors of CAN message records: wire widths, not physics. */
public final class Ranges {

  private Ranges() {}

  /** Checks an unsigned 8-bit field. */
  public static int u8(String parameter, int value) {
    return check(parameter, value, 0, 0xFF);
  }

  /** Checks an unsigned 16-bit field. */
  public static int u16(String parameter, int value) {
    return check(parameter, value, 0, 0xFFFF);
  }

  /** Checks a signed 16-bit field. */
  public static int s16(String parameter, int value) {
    return check(parameter, value, Short.MIN_VALUE, Short.MAX_VALUE);
  }

  /** Checks an unsigned 32-bit field. */
  public static long u32(String parameter, long value) {
    if (value < 0 || value > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException(parameter + " must be 0..4294967295, got " + value);
    }
    return value;
  }

  private static int check(String parameter, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          parameter + " must be " + min + ".." + max + ", got " + value);
    }
    return value;
  }
}
