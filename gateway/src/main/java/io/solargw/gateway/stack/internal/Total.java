package io.solargw.gateway.stack.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A sum of exact decimals that knows whether anything was added: a total nobody reported is null in
 * the JSON, not a misleading 0.
 */
public final class Total {

  private BigDecimal sum = BigDecimal.ZERO;
  private int count;
  private int maxScale;

  /** Adds {@code value} when present. */
  public Total add(Optional<BigDecimal> value) {
    value.ifPresent(this::add);
    return this;
  }

  /** Adds {@code value}. */
  public Total add(BigDecimal value) {
    sum = sum.add(value);
    count++;
    maxScale = Math.max(maxScale, value.scale());
    return this;
  }

  /** How many values were added. */
  public int count() {
    return count;
  }

  /** The sum, or null when nothing was added. */
  public BigDecimal sumOrNull() {
    return count == 0 ? null : sum;
  }

  /** The mean at the inputs' precision (half up), or null when nothing was added. */
  public BigDecimal meanOrNull() {
    if (count == 0) {
      return null;
    }
    return sum.divide(BigDecimal.valueOf(count), Math.max(maxScale, 0), RoundingMode.HALF_UP);
  }
}
