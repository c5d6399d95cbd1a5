package io.solargw.protocol.inverter.profile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The values a setting accepts (seed section 4.2: range and step, a list of numbers, or options).
 */
public sealed interface SettingDomain {

  /**
   * A numeric range on a step grid anchored at {@code min}.
   *
   * @param min smallest value
   * @param max largest value
   * @param step grid spacing, positive
   * @param defaultValue the manual's default
   * @param basisVolts for battery-voltage settings: the system voltage the range is written for (48
   *     V in the manual); the range and step scale with system_V / basis. Empty otherwise.
   */
  record Range(
      BigDecimal min,
      BigDecimal max,
      BigDecimal step,
      BigDecimal defaultValue,
      Optional<BigDecimal> basisVolts)
      implements SettingDomain {
    /** Checks min ≤ max and step &gt; 0. */
    public Range {
      Objects.requireNonNull(defaultValue, "defaultValue");
      Objects.requireNonNull(basisVolts, "basisVolts");
      if (min.compareTo(max) > 0) {
        throw new IllegalArgumentException("min " + min + " exceeds max " + max);
      }
      if (step.signum() <= 0) {
        throw new IllegalArgumentException("step must be positive, got " + step);
      }
    }
  }

  /**
   * A fixed list of numbers, e.g. output voltage 200/208/220/230/240 V.
   *
   * @param allowed the values, not empty
   * @param defaultValue the manual's default
   */
  record Numbers(List<BigDecimal> allowed, BigDecimal defaultValue) implements SettingDomain {
    /** Copies the list. */
    public Numbers {
      allowed = List.copyOf(allowed);
      Objects.requireNonNull(defaultValue, "defaultValue");
      if (allowed.isEmpty()) {
        throw new IllegalArgumentException("allowed must not be empty");
      }
    }
  }

  /**
   * Named options of an enum table, e.g. SOL/UTI/SBU.
   *
   * @param table the enum table (read-back decodes every code in it)
   * @param allowed codes a write may use (the manual's options), a subset of the table
   * @param defaultCode the manual's default
   */
  record Options(EnumTable table, List<String> allowed, String defaultCode)
      implements SettingDomain {
    /** Copies the list. */
    public Options {
      Objects.requireNonNull(table, "table");
      allowed = List.copyOf(allowed);
      Objects.requireNonNull(defaultCode, "defaultCode");
    }
  }
}
