package io.solargw.mqtt;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A setting of a device that may be written through MQTT, when writes are enabled and the code is
 * allowlisted.
 *
 * @param code the manual's setting code, e.g. {@code WFM} (upper-case letters and digits)
 * @param name the entity name, e.g. {@code Output priority}
 * @param input what the setting accepts
 * @param stateKey the key of the device state's values that holds the current (read-back) value,
 *     shown as the entity's state; empty when the device does not report it
 */
public record WritableSetting(String code, String name, SettingInput input, String stateKey) {

  /** The form of a setting code, as in the {@code writes.allow} configuration list. */
  public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,7}");

  /** Checks the code's form. */
  public WritableSetting {
    Objects.requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("code must match " + CODE + ", got " + code);
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(stateKey, "stateKey");
  }
}
