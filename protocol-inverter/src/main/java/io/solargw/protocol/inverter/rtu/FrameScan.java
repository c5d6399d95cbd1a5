package io.solargw.protocol.inverter.rtu;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * What {@link RtuFramer} found at the start of the bytes received so far: a complete frame, a need
 * for more bytes, or bytes to skip.
 *
 * <p>Over TCP there is no RTU silence to mark a frame's end, so the end is computed from the
 * function code and byte count (Modbus over Serial Line V1.02, 2.5.1).
 */
public sealed interface FrameScan {

  /**
   * A complete frame at the start of the buffer; consume {@link #length()} bytes and decode it.
   *
   * @param frame the frame's bytes (copied)
   */
  record Complete(byte[] frame) implements FrameScan {

    /** Copies the bytes. */
    public Complete {
      frame = frame.clone();
    }

    /** A copy of the frame's bytes. */
    @Override
    public byte[] frame() {
      return frame.clone();
    }

    /** Bytes to consume. */
    public int length() {
      return frame.length;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Complete c && Arrays.equals(frame, c.frame);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(frame);
    }

    @Override
    public String toString() {
      return "Complete[frame=" + HexFormat.ofDelimiter(" ").formatHex(frame) + "]";
    }
  }

  /**
   * The bytes so far are a plausible frame start; wait for at least {@code bytesMissing} more.
   *
   * @param bytesMissing 1 or more
   */
  record NeedMore(int bytesMissing) implements FrameScan {}

  /**
   * The first {@code count} bytes cannot start a frame; drop them and scan again.
   *
   * @param count 1 or more
   * @param reason one sentence, e.g. {@code "address 0x00 at offset 0 is not 0x01"}
   */
  record Skip(int count, String reason) implements FrameScan {}
}
