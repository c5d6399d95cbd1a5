package io.solargw.mqtt;

import java.math.BigDecimal;
import java.util.Objects;

/** A command's value, parsed and checked against the setting's {@link SettingInput}. */
public sealed interface SettingValue {

  /** The value as text, for logs and the result topic. */
  String text();

  /**
   * A number within the setting's range and on its step grid.
   *
   * @param number the value
   */
  record Decimal(BigDecimal number) implements SettingValue {
    /** Checks the number is given. */
    public Decimal {
      Objects.requireNonNull(number, "number");
    }

    @Override
    public String text() {
      return number.toPlainString();
    }
  }

  /**
   * One of the setting's options.
   *
   * @param option the option name
   */
  record Option(String option) implements SettingValue {
    /** Checks the option is given. */
    public Option {
      Objects.requireNonNull(option, "option");
    }

    @Override
    public String text() {
      return option;
    }
  }

  /**
   * On or off.
   *
   * @param on true for on
   */
  record OnOff(boolean on) implements SettingValue {
    @Override
    public String text() {
      return on ? "ON" : "OFF";
    }
  }
}
