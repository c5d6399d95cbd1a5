package io.solargw.protocol.bms.pylon.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Text fields of CAN payloads (manufacturer name, cell names, serial number parts): one byte per
 * character, padded to the frame with spaces or NULs (bms.md 6.2, 0x35E: "PYLON" + 3 spaces, some
 * send NUL padding).
 */
public final class Ascii {

  private Ascii() {}

  /**
   * The bytes from {@code offset} as text, with trailing spaces and NULs removed. Bytes map 1:1 to
   * characters U+0000..U+00FF (ISO-8859-1), so nothing is lost or replaced.
   */
  public static String trimmed(byte[] data, int offset, int length) {
    int end = offset + length;
    while (end > offset && (data[end - 1] == ' ' || data[end - 1] == 0)) {
      end--;
    }
    return new String(data, offset, end - offset, StandardCharsets.ISO_8859_1);
  }

  /** {@code text} as bytes, padded with spaces to {@code width}. */
  public static byte[] padded(String text, int width) {
    byte[] out = new byte[width];
    Arrays.fill(out, (byte) ' ');
    byte[] raw = text.getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(raw, 0, out, 0, raw.length);
    return out;
  }

  /**
   * Checks that {@code text} can be sent in {@code width} bytes and decodes back to itself.
   *
   * @throws IllegalArgumentException naming {@code parameter} when it is longer than {@code width},
   *     has a character above U+00FF, or ends in a space or NUL (which decoding trims)
   */
  public static String requireEncodable(String parameter, String text, int width) {
    if (text == null) {
      throw new IllegalArgumentException(parameter + " must not be null");
    }
    if (text.length() > width) {
      throw new IllegalArgumentException(
          parameter + " must be at most " + width + " characters, got " + text.length());
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0xFF) {
        throw new IllegalArgumentException(
            parameter + " must use characters U+0000..U+00FF, got U+" + (int) text.charAt(i));
      }
    }
    if (!text.isEmpty() && (text.endsWith(" ") || text.endsWith("\0"))) {
      throw new IllegalArgumentException(parameter + " must not end in a space or NUL");
    }
    return text;
  }
}
