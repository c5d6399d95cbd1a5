package io.solargw.protocol.inverter.settings;

import io.solargw.protocol.inverter.profile.EnumOption;
import java.math.BigDecimal;
import java.util.Objects;

/** A setting's value: a number in the setting's unit, or one of its options. */
public sealed interface SettingValue {

  /** The value as text: the plain number ({@code 46.4}) or the option code ({@code SBU}). */
  String text();

  /**
   * A number in the setting's unit.
   *
   * @param value exact decimal
   */
  record Number(BigDecimal value) implements SettingValue {
    /** Requires a value. */
    public Number {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String text() {
      return value.toPlainString();
    }
  }

  /**
   * One option of the setting's enum table.
   *
   * @param option code, label and raw value
   */
  record Choice(EnumOption option) implements SettingValue {
    /** Requires an option. */
    public Choice {
      Objects.requireNonNull(option, "option");
    }

    @Override
    public String text() {
      return option.code();
    }
  }
}
