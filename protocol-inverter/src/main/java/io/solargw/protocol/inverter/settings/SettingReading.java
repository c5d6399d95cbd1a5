package io.solargw.protocol.inverter.settings;

import java.util.Objects;
import java.util.Optional;

/**
 * A setting register's read-back: the raw word and either the setting's value or why there is none
 * (sentinel 0x7FFF/0xFFFF = not supported, a raw value that is no option, unknown system voltage).
 *
 * @param name the setting's read-back name
 * @param raw the register word 0..65535
 * @param value the decoded value, empty when not available
 * @param reason why the value is not available; empty when it is
 */
public record SettingReading(String name, int raw, Optional<SettingValue> value, String reason) {

  /** Checks that exactly one of value and reason is given. */
  public SettingReading {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(reason, "reason");
    if (value.isPresent() == !reason.isEmpty()) {
      throw new IllegalArgumentException("give either a value or a reason");
    }
  }
}
