package io.solargw.protocol.bms.pace;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.BmsProtocolException.Reason;
import io.solargw.protocol.bms.pace.ParseResult.FrameReceived;
import io.solargw.protocol.bms.pace.ParseResult.NeedMoreBytes;
import io.solargw.protocol.bms.pace.ParseResult.SkipCause;
import io.solargw.protocol.bms.pace.ParseResult.Skipped;
import io.solargw.protocol.bms.pace.internal.Hex;
import java.util.Arrays;
import java.util.Optional;

/**
 * Finds frames in bytes that arrive in arbitrary chunks (split reads, several frames per read,
 * echoes, garbage) and resynchronises on the next SOI. It never throws and holds no clock: the
 * caller feeds bytes with {@link #feed}, drains {@link #next()} until {@link NeedMoreBytes}, and
 * calls {@link #timeout()} when its own deadline for an answer expires.
 *
 * <p>A frame is complete after LENID + 18 characters (bms.md §1.2); LENID is known once the 13
 * header characters are in, so at most 4113 bytes are ever buffered. Not thread-safe: one parser
 * per bus, used by the bus's single thread (RS485 is half-duplex).
 */
public final class StreamParser {

  private static final int MAX_FRAME = 0xFFF + FrameCodec.OVERHEAD_CHARS;

  private byte[] buffer = new byte[256];
  private int size;
  // INFO characters [INFO_OFFSET, scanned) of the frame at buffer[0] hold no SOI and no early CR.
  private int scanned;
  private byte[] echo;

  /**
   * Remembers the request just sent, so that a byte-identical frame (an echo from the bus or a
   * misconfigured adapter, bms.md §1.7) is skipped as {@link SkipCause#ECHO} instead of being
   * returned. Pass {@code null} to forget it.
   */
  public void expectResponseTo(byte[] requestWire) {
    echo = requestWire == null ? null : requestWire.clone();
  }

  /** Appends received bytes. */
  public void feed(byte[] chunk) {
    feed(chunk, 0, chunk.length);
  }

  /** Appends {@code length} received bytes from {@code chunk[offset]}. */
  public void feed(byte[] chunk, int offset, int length) {
    if (size + length > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + length));
    }
    System.arraycopy(chunk, offset, buffer, size, length);
    size += length;
  }

  /** Bytes buffered and not yet returned or skipped. */
  public int buffered() {
    return size;
  }

  /** The next result; call again until it returns {@link NeedMoreBytes}. */
  public ParseResult next() {
    if (size == 0) {
      return new NeedMoreBytes(0);
    }
    if (buffer[0] != FrameCodec.SOI) {
      int soi = indexOf(FrameCodec.SOI, 1, size);
      int skip = soi < 0 ? size : soi;
      return skip(skip, SkipCause.NOISE, null, skip + " byte(s) before an SOI");
    }
    int header = Math.min(size, FrameCodec.INFO_OFFSET);
    for (int i = 1; i < header; i++) {
      if (Hex.nibble(buffer[i]) < 0) {
        return invalid(i, Reason.NON_HEX, "non-hex character at offset " + i + " of the header");
      }
    }
    if (size < FrameCodec.INFO_OFFSET) {
      return new NeedMoreBytes(size);
    }
    int length = hexByte(9) << 8 | hexByte(11);
    int lenid = length & 0xFFF;
    if (length >>> 12 != FrameCodec.lchksum(lenid)) {
      return invalid(9, Reason.LCHKSUM, "LCHKSUM mismatch at offset 9");
    }
    int total = lenid + FrameCodec.OVERHEAD_CHARS;
    int available = Math.min(size, total);
    for (int i = Math.max(scanned, FrameCodec.INFO_OFFSET); i < available; i++) {
      byte b = buffer[i];
      if (b == FrameCodec.SOI) {
        return skip(i, SkipCause.TRUNCATED, Reason.TRUNCATED, truncated(i, total));
      }
      if (b == FrameCodec.EOI && i < total - 1) {
        return skip(
            i + 1,
            SkipCause.INVALID_FRAME,
            Reason.LENGTH,
            "CR at offset "
                + i
                + " before the end (offset "
                + (total - 1)
                + ") that LENID announces");
      }
    }
    scanned = available;
    if (size < total) {
      return new NeedMoreBytes(size);
    }
    return complete(total);
  }

  private ParseResult complete(int total) {
    byte[] wire = Arrays.copyOf(buffer, total);
    try {
      Frame frame = FrameCodec.decode(wire);
      if (echo != null && Arrays.equals(echo, wire)) {
        return skip(total, SkipCause.ECHO, null, "echo of the request just sent");
      }
      consume(total);
      return new FrameReceived(frame, wire);
    } catch (BmsProtocolException e) {
      int soi = indexOf(FrameCodec.SOI, 1, total);
      return skip(soi < 0 ? total : soi, SkipCause.INVALID_FRAME, e.reason(), e.getMessage());
    }
  }

  /**
   * Called when the caller's deadline for an answer expires: whatever is buffered can no longer
   * become a frame and is returned as {@link SkipCause#TRUNCATED} (or {@link SkipCause#NOISE} if it
   * does not start with SOI). Returns {@link NeedMoreBytes} when nothing is buffered.
   */
  public ParseResult timeout() {
    if (size == 0) {
      return new NeedMoreBytes(0);
    }
    if (buffer[0] != FrameCodec.SOI) {
      return skip(size, SkipCause.NOISE, null, size + " byte(s) without an SOI before the timeout");
    }
    String expected = "";
    if (size >= FrameCodec.INFO_OFFSET) {
      int total = ((hexByte(9) << 8 | hexByte(11)) & 0xFFF) + FrameCodec.OVERHEAD_CHARS;
      expected = ", LENID announces " + total + " characters";
    }
    return skip(
        size,
        SkipCause.TRUNCATED,
        Reason.TRUNCATED,
        "frame truncated: timeout after " + size + " characters" + expected + " and no EOI");
  }

  /** Drops everything buffered (e.g. before sending a new request). */
  public void reset() {
    size = 0;
    scanned = 0;
  }

  private String truncated(int at, int total) {
    return "frame truncated at offset "
        + at
        + ": a new SOI arrived before the "
        + total
        + " characters LENID announces";
  }

  private ParseResult invalid(int at, Reason reason, String message) {
    int soi = indexOf(FrameCodec.SOI, 1, size);
    int skip = soi < 0 ? size : soi;
    return skip(skip, SkipCause.INVALID_FRAME, reason, message);
  }

  private ParseResult skip(int count, SkipCause cause, Reason reason, String message) {
    byte[] dropped = Arrays.copyOf(buffer, count);
    consume(count);
    return new Skipped(dropped, cause, Optional.ofNullable(reason), message);
  }

  private void consume(int count) {
    System.arraycopy(buffer, count, buffer, 0, size - count);
    size -= count;
    scanned = 0;
    if (buffer.length > 4 * MAX_FRAME && size < MAX_FRAME) {
      buffer = Arrays.copyOf(buffer, MAX_FRAME);
    }
  }

  private int indexOf(byte b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (buffer[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private int hexByte(int at) {
    return Hex.nibble(buffer[at]) << 4 | Hex.nibble(buffer[at + 1]);
  }
}
