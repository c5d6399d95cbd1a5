package io.solargw.mqtt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a writable setting accepts; decides the Home Assistant platform ({@code number}, {@code
 * select}, {@code switch}) and how a command payload is parsed.
 */
public sealed interface SettingInput {

  /**
   * A number on a step grid anchored at {@code min}: a Home Assistant {@code number}.
   *
   * @param min smallest value
   * @param max largest value
   * @param step grid spacing, positive
   * @param unit unit of measurement, empty for none
   */
  record Range(BigDecimal min, BigDecimal max, BigDecimal step, String unit)
      implements SettingInput {
    /** Checks min ≤ max and step &gt; 0. */
    public Range {
      Objects.requireNonNull(unit, "unit");
      if (min.compareTo(max) > 0) {
        throw new IllegalArgumentException("min " + min + " exceeds max " + max);
      }
      if (step.signum() <= 0) {
        throw new IllegalArgumentException("step must be positive, got " + step);
      }
    }
  }

  /**
   * One of named options (e.g. {@code SOL}, {@code UTI}, {@code SBU}): a Home Assistant {@code
   * select}.
   *
   * @param options the option names a write may use, not empty
   */
  record Options(List<String> options) implements SettingInput {
    /** Copies the list. */
    public Options {
      options = List.copyOf(options);
      if (options.isEmpty()) {
        throw new IllegalArgumentException("options must not be empty");
      }
    }
  }

  /**
   * On or off: a Home Assistant {@code switch}. The command payload is {@code ON}/{@code OFF}
   * ({@code true}/{@code false}, {@code 1}/{@code 0} are accepted too).
   */
  record Toggle() implements SettingInput {}
}
