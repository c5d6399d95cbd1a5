package io.solargw.protocol.inverter.rtu.internal;

/**
 * Frame lengths implied by a frame's first bytes (Modbus over Serial Line V1.02, 2.5.1; Modbus
 * Application Protocol V1.1b3, section 6): the gateway has no RTU silence timing over TCP, so the
 * end of a frame is computed from the function code and, where present, the byte count.
 */
public final class Layout {

  /** The length is not known yet: more header bytes are needed. */
  public static final int NEED_HEADER = -1;

  /** The function byte has no layout we know. */
  public static final int UNKNOWN = -2;

  private Layout() {}

  /**
   * Length of an answer to function {@code requestFunction}, from {@code available} bytes at {@code
   * offset}; {@link #NEED_HEADER} or {@link #UNKNOWN} when it cannot be computed.
   */
  public static int answerLength(byte[] bytes, int offset, int available, int requestFunction) {
    if (available < 2) {
      return NEED_HEADER;
    }
    int function = bytes[offset + 1] & 0xFF;
    if (function == (requestFunction | 0x80)) {
      return 5;
    }
    switch (function) {
      case 0x03, 0x04 -> {
        return available < 3 ? NEED_HEADER : 5 + (bytes[offset + 2] & 0xFF);
      }
      case 0x06, 0x10 -> {
        return 8;
      }
      default -> {
        return UNKNOWN;
      }
    }
  }

  /**
   * Length of a request frame from {@code available} bytes at {@code offset}; standard functions
   * 0x01..0x06 are 8 bytes, 0x0F and 0x10 are 9 + byte count, so that a slave can frame (and
   * refuse) requests it does not serve.
   */
  public static int requestLength(byte[] bytes, int offset, int available) {
    if (available < 2) {
      return NEED_HEADER;
    }
    int function = bytes[offset + 1] & 0xFF;
    if (function >= 0x01 && function <= 0x06) {
      return 8;
    }
    if (function == 0x0F || function == 0x10) {
      return available < 7 ? NEED_HEADER : 9 + (bytes[offset + 6] & 0xFF);
    }
    return UNKNOWN;
  }
}
