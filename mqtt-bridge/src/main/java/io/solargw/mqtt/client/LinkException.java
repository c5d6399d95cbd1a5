package io.solargw.mqtt.client;

/** A broker operation failed: the message says which and why, in one sentence. */
public final class LinkException extends Exception {

  private static final long serialVersionUID = 1L;

  /** A failure with its cause. */
  public LinkException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A failure without a cause. */
  public LinkException(String message) {
    super(message);
  }
}
