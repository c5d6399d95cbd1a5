package io.solargw.protocol.bms.pace.internal;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** ASCII-hex helpers for the PACE frame (PACE18 §2.3.1: two ASCII hex characters per byte). */
public final class Hex {

  private static final HexFormat UPPER = HexFormat.of().withUpperCase();
  private static final byte[] DIGITS = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

  private Hex() {}

  /** The value of one hex digit (either case), or -1 if {@code c} is not a hex digit. */
  public static int nibble(int c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    return -1;
  }

  /** The upper-case hex digit for the low 4 bits of {@code value}. */
  public static byte digit(int value) {
    return DIGITS[value & 0xF];
  }

  /** {@code "0x0E"} style, as the vectors print single bytes. */
  public static String byteText(int value) {
    return String.format("0x%02X", value & 0xFF);
  }

  /** Upper-case hex of {@code bytes}, no separators. */
  public static String of(byte[] bytes) {
    return UPPER.formatHex(bytes);
  }

  /** Upper-case hex of {@code length} bytes from {@code offset}. */
  public static String of(byte[] bytes, int offset, int length) {
    return UPPER.formatHex(bytes, offset, offset + length);
  }

  /** Printable rendering of raw wire bytes for messages (CR shown as {@code \r}). */
  public static String printable(byte[] wire) {
    StringBuilder sb = new StringBuilder(wire.length);
    for (byte b : wire) {
      int c = b & 0xFF;
      if (c == '\r') {
        sb.append("\\r");
      } else if (c >= 0x20 && c < 0x7F) {
        sb.append((char) c);
      } else {
        sb.append(String.format("\\x%02X", c));
      }
    }
    return sb.toString();
  }
}
