package io.solargw.mqtt.command;

import java.util.Objects;

/** A command refused before any write; the message is the sentence on the result topic. */
public final class CommandRejected extends Exception {

  private static final long serialVersionUID = 1L;

  private final Rejection reason;

  /** A refusal for a reason, with one specific sentence. */
  public CommandRejected(Rejection reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** Why. */
  public Rejection reason() {
    return reason;
  }
}
