package io.solargw.mqtt;

import java.util.Objects;

/** What a write on the bus came to. */
public sealed interface WriteResult {

  /**
   * The device accepted the write and was read back.
   *
   * @param readBack the value read back after the write, as text (e.g. {@code SBU}, {@code 56.4})
   */
  record Written(String readBack) implements WriteResult {
    /** Checks the read-back is given. */
    public Written {
      Objects.requireNonNull(readBack, "readBack");
    }
  }

  /**
   * The write failed.
   *
   * @param message one specific sentence, e.g. {@code "inverter-2 did not answer (timeout 1 s)"}
   */
  record Failed(String message) implements WriteResult {
    /** Checks the message is given. */
    public Failed {
      Objects.requireNonNull(message, "message");
    }
  }
}
