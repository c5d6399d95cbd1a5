package io.solargw.mqtt;

import java.util.Objects;

/** The runtime's verdict on a command before any bus transaction. */
public sealed interface SettingCheck {

  /** The command may be written. */
  static SettingCheck ok() {
    return new Ok();
  }

  /** The command is refused, with the sentence the result topic will carry. */
  static SettingCheck invalid(String message) {
    return new Invalid(message);
  }

  /** The command may be written. */
  record Ok() implements SettingCheck {}

  /**
   * The command is refused.
   *
   * @param message one specific sentence, e.g. {@code "MCC 150 A exceeds the unit's 100 A"}
   */
  record Invalid(String message) implements SettingCheck {
    /** Checks the message is given. */
    public Invalid {
      Objects.requireNonNull(message, "message");
    }
  }
}
