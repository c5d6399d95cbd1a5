package io.solargw.mqtt;

import java.util.List;
import java.util.Objects;

/**
 * One value of a device state. The key it is stored under carries the unit ({@code
 * battery_voltage_V}); the value itself is unit-less.
 */
public sealed interface Value {

  /** A number. */
  static Value of(double number) {
    return new Measured(number);
  }

  /** A text. */
  static Value of(String text) {
    return new Text(text);
  }

  /** A boolean. */
  static Value of(boolean flag) {
    return new Flag(flag);
  }

  /** A list of numbers, e.g. cell voltages. */
  static Value series(List<Double> numbers) {
    return new Series(numbers);
  }

  /** A list of active codes. */
  static Value codes(List<Code> codes) {
    return new Codes(codes);
  }

  /**
   * A measured or counted number; NaN means "not known this cycle" and is published as {@code
   * null}.
   *
   * @param number the value in the key's unit
   */
  record Measured(double number) implements Value {
    /** Rejects infinities, which JSON cannot carry. */
    public Measured {
      if (Double.isInfinite(number)) {
        throw new IllegalArgumentException("number must be finite or NaN, got " + number);
      }
    }
  }

  /**
   * A text, e.g. the machine state.
   *
   * @param text not null
   */
  record Text(String text) implements Value {
    /** Checks the text is given. */
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A yes/no value, e.g. {@code grid_connected}.
   *
   * @param flag the value
   */
  record Flag(boolean flag) implements Value {}

  /**
   * Numbers that belong together, in order (cells 1..16): one JSON array, one disabled-by-default
   * Home Assistant sensor per element.
   *
   * @param numbers the elements, finite or NaN
   */
  record Series(List<Double> numbers) implements Value {
    /** Copies the list. */
    public Series {
      numbers = List.copyOf(numbers);
    }
  }

  /**
   * The active codes of one family (faults, alarms, protections), possibly empty.
   *
   * @param codes the active codes, in device order
   */
  record Codes(List<Code> codes) implements Value {
    /** Copies the list. */
    public Codes {
      codes = List.copyOf(codes);
    }
  }
}
