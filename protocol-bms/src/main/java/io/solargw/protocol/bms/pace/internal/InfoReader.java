package io.solargw.protocol.bms.pace.internal;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.BmsProtocolException.Reason;
import java.util.function.Supplier;

/**
 * Reads big-endian fields (PACE18 §2.5) from INFO bytes. Errors name both the INFO byte and the
 * character offset in the frame (13 + 2 x byte).
 */
public final class InfoReader {

  private final byte[] info;
  private final Supplier<byte[]> wire;
  private int position;

  /**
   * @param info the INFO bytes
   * @param wire the frame on the wire, computed only for error messages
   */
  public InfoReader(byte[] info, Supplier<byte[]> wire) {
    this.info = info;
    this.wire = wire;
  }

  /** Character offset in the frame of INFO byte {@code index}. */
  public static int frameOffset(int index) {
    return 13 + 2 * index;
  }

  /** "offset 51 (INFO byte 19)". */
  public static String where(int index) {
    return "offset " + frameOffset(index) + " (INFO byte " + index + ")";
  }

  /** Current INFO byte index. */
  public int position() {
    return position;
  }

  /** Moves to INFO byte {@code newPosition}. */
  public void position(int newPosition) {
    position = newPosition;
  }

  /** INFO bytes not read yet. */
  public int remaining() {
    return info.length - position;
  }

  /** INFO length in bytes. */
  public int length() {
    return info.length;
  }

  /** The byte at absolute INFO index {@code index} (no bounds forgiveness). */
  public int at(int index) {
    return info[index] & 0xFF;
  }

  /** Reads one unsigned byte; TRUNCATED naming {@code what} if INFO ends. */
  public int u8(String what) throws BmsProtocolException {
    need(1, what);
    return info[position++] & 0xFF;
  }

  /** Reads a big-endian unsigned 16-bit value. */
  public int u16(String what) throws BmsProtocolException {
    need(2, what);
    int v = (info[position] & 0xFF) << 8 | (info[position + 1] & 0xFF);
    position += 2;
    return v;
  }

  /** Reads a big-endian two's-complement 16-bit value. */
  public int s16(String what) throws BmsProtocolException {
    return (short) u16(what);
  }

  /** Reads a big-endian unsigned 24-bit value. */
  public int u24(String what) throws BmsProtocolException {
    need(3, what);
    int v =
        (info[position] & 0xFF) << 16
            | (info[position + 1] & 0xFF) << 8
            | info[position + 2] & 0xFF;
    position += 3;
    return v;
  }

  /** Reads a big-endian unsigned 32-bit value. */
  public long u32(String what) throws BmsProtocolException {
    need(4, what);
    long v = 0;
    for (int i = 0; i < 4; i++) {
      v = v << 8 | (info[position + i] & 0xFF);
    }
    position += 4;
    return v;
  }

  /** Reads {@code count} raw bytes. */
  public byte[] bytes(int count, String what) throws BmsProtocolException {
    need(count, what);
    byte[] out = new byte[count];
    System.arraycopy(info, position, out, 0, count);
    position += count;
    return out;
  }

  /** Fails with TRAILING_DATA if any INFO byte is left. */
  public void requireEnd(String what) throws BmsProtocolException {
    if (position < info.length) {
      throw error(
          Reason.TRAILING_DATA,
          position,
          (info.length - position) + " INFO byte(s) left at " + where(position) + " after " + what);
    }
  }

  /** An error at INFO byte {@code index}, carrying the frame. */
  public BmsProtocolException error(Reason reason, int index, String message) {
    return new BmsProtocolException(reason, frameOffset(index), message, wire.get());
  }

  private void need(int count, String what) throws BmsProtocolException {
    if (position + count > info.length) {
      throw error(
          Reason.TRUNCATED,
          position,
          "INFO ends at "
              + where(info.length)
              + " where "
              + what
              + " ("
              + count
              + " byte(s) at INFO byte "
              + position
              + ") was expected");
    }
  }
}
