package io.solargw.protocol.bms.pace.internal;

import java.math.BigDecimal;

/** Exact decimal values for the JSON maps (so that 52.429 never prints as 52.42900000001). */
public final class Decimals {

  private Decimals() {}

  /** {@code raw x 10^-scale}, exact. */
  public static BigDecimal of(long raw, int scale) {
    return BigDecimal.valueOf(raw, scale);
  }

  /** Drops trailing zeros without going to exponent notation (100.000 -> 100, not 1E+2). */
  public static BigDecimal plain(BigDecimal value) {
    BigDecimal s = value.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
