package io.solargw.gateway.transport;

import io.solargw.protocol.bms.pylon.CanFrame;
import java.util.Objects;

/** What one {@link CanSource#poll} produced. */
public sealed interface CanSourceEvent {

  /**
   * A frame arrived.
   *
   * @param frame the frame as received
   */
  record Frame(CanFrame frame) implements CanSourceEvent {
    public Frame {
      Objects.requireNonNull(frame, "frame");
    }
  }

  /**
   * Input that is not a frame was skipped: a line that does not parse, an adapter error reply, an
   * error frame. Never fatal; the caller counts it by {@code reason}.
   *
   * @param reason short upper-case key for counting, e.g. {@code SYNTAX}, {@code NON_HEX}, {@code
   *     ADAPTER_ERROR}, {@code OVERLONG}, {@code ERROR_FRAME}
   * @param message one sentence saying what was wrong, for a log line
   */
  record BadLine(String reason, String message) implements CanSourceEvent {
    public BadLine {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(message, "message");
    }
  }

  /** Nothing arrived within the timeout (or a replay has ended). */
  record Silence() implements CanSourceEvent {}
}
