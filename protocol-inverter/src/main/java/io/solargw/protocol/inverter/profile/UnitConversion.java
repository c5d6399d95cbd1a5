package io.solargw.protocol.inverter.profile;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * Unit changes a page may apply to show a value as the LCD does (seed 4.1 shows kW and kVA where
 * the registers hold W and VA).
 */
public enum UnitConversion {
  WATT_TO_KILOWATT("W", "kW"),
  VOLT_AMPERE_TO_KILOVOLT_AMPERE("VA", "kVA"),
  WATT_HOUR_TO_KILOWATT_HOUR("Wh", "kWh");

  private static final BigDecimal MILLI = new BigDecimal("0.001");

  private final String from;
  private final String to;

  UnitConversion(String from, String to) {
    this.from = from;
    this.to = to;
  }

  /**
   * The factor turning a value in {@code from} into {@code to}: 1 for equal units, 0.001 for the
   * conversions above, empty when not convertible.
   */
  public static Optional<BigDecimal> factor(String from, String to) {
    if (to.isEmpty() || to.equals(from)) {
      return Optional.of(BigDecimal.ONE);
    }
    return Arrays.stream(values())
        .filter(c -> c.from.equals(from) && c.to.equals(to))
        .findFirst()
        .map(c -> MILLI);
  }
}
