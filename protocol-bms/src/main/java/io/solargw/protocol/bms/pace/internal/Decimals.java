package io.solargw.protocol.bms.pace.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact decimal values for the JSON maps (so that 52.429 never prints as 52.42900000001). */
public final class Decimals {

  private Decimals() {}

  /** {@code raw x 10^-scale}, exact. */
  public static BigDecimal of(long raw, int scale) {
    return BigDecimal.valueOf(raw, scale);
  }

  /** {@code 100 x part / whole} rounded half-up to 3 decimals; trailing zeros dropped. */
  public static BigDecimal percent(long part, long whole) {
    BigDecimal p =
        BigDecimal.valueOf(part)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP);
    return plain(p);
  }

  /** Drops trailing zeros without going to exponent notation (100.000 -> 100, not 1E+2). */
  public static BigDecimal plain(BigDecimal value) {
    BigDecimal s = value.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
