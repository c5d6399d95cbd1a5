package io.solargw.protocol.bms.pace.internal;

import java.util.Arrays;

/** Appends big-endian fields to a growing INFO byte array (the inverse of {@link InfoReader}). */
public final class InfoWriter {

  private byte[] out = new byte[64];
  private int size;

  /** Appends one byte. */
  public InfoWriter u8(int v) {
    ensure(1);
    out[size++] = (byte) v;
    return this;
  }

  /** Appends a big-endian 16-bit value. */
  public InfoWriter u16(int v) {
    ensure(2);
    out[size++] = (byte) (v >> 8);
    out[size++] = (byte) v;
    return this;
  }

  /** Appends raw bytes. */
  public InfoWriter bytes(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, out, size, b.length);
    size += b.length;
    return this;
  }

  /** Bytes written so far. */
  public int size() {
    return size;
  }

  /** A copy of the bytes written. */
  public byte[] toByteArray() {
    return Arrays.copyOf(out, size);
  }

  private void ensure(int n) {
    if (size + n > out.length) {
      out = Arrays.copyOf(out, Math.max(out.length * 2, size + n));
    }
  }
}
