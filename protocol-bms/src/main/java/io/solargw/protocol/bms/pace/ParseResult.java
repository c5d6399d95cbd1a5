package io.solargw.protocol.bms.pace;

import io.solargw.protocol.bms.BmsProtocolException.Reason;
import io.solargw.protocol.bms.pace.internal.Hex;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link StreamParser#next()} found in the bytes received so far: nothing yet, a frame, or
 * bytes it skipped and why. Never an exception: the parser resynchronises on the next SOI.
 */
public sealed interface ParseResult {

  /** Why bytes were skipped. */
  enum SkipCause {
    /** Bytes before an SOI ('~'): line noise, a CR/LF, the tail of an earlier frame. */
    NOISE,
    /** A valid frame byte-identical to the request just sent: the bus or adapter echoed it. */
    ECHO,
    /** A frame that starts with SOI but fails validation ({@link Skipped#reason()} says how). */
    INVALID_FRAME,
    /** A frame cut short: a new SOI arrived, or the caller's timeout expired, before its EOI. */
    TRUNCATED
  }

  /** The buffer holds no complete frame yet (possibly the start of one). */
  record NeedMoreBytes(int bufferedBytes) implements ParseResult {}

  /**
   * A frame that passed every frame-level check.
   *
   * @param frame the decoded frame
   * @param wire the exact bytes received, SOI to EOI
   */
  record FrameReceived(Frame frame, byte[] wire) implements ParseResult {
    /** Copies {@code wire}. */
    public FrameReceived {
      Objects.requireNonNull(frame, "frame");
      wire = wire.clone();
    }

    /** A copy of the bytes received. */
    @Override
    public byte[] wire() {
      return wire.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof FrameReceived r && frame.equals(r.frame) && Arrays.equals(wire, r.wire);
    }

    @Override
    public int hashCode() {
      return 31 * frame.hashCode() + Arrays.hashCode(wire);
    }

    @Override
    public String toString() {
      return "FrameReceived[" + Hex.printable(wire) + "]";
    }
  }

  /**
   * Bytes the parser dropped.
   *
   * @param bytes the dropped bytes
   * @param cause why
   * @param reason the frame-level error for {@link SkipCause#INVALID_FRAME} and {@link
   *     SkipCause#TRUNCATED}
   * @param message one sentence naming the offset (relative to the dropped bytes)
   */
  record Skipped(byte[] bytes, SkipCause cause, Optional<Reason> reason, String message)
      implements ParseResult {
    /** Copies {@code bytes}. */
    public Skipped {
      bytes = bytes.clone();
      Objects.requireNonNull(cause, "cause");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(message, "message");
    }

    /** A copy of the bytes dropped. */
    @Override
    public byte[] bytes() {
      return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Skipped s
          && Arrays.equals(bytes, s.bytes)
          && cause == s.cause
          && reason.equals(s.reason)
          && message.equals(s.message);
    }

    @Override
    public int hashCode() {
      return Objects.hash(Arrays.hashCode(bytes), cause, reason, message);
    }

    @Override
    public String toString() {
      return "Skipped[" + cause + reason.map(r -> " " + r).orElse("") + ": " + message + "]";
    }
  }
}
