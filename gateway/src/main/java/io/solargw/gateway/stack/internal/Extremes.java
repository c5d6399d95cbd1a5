package io.solargw.gateway.stack.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The lowest and highest of a set of located values (cell voltages, temperatures). The first
 * location wins a tie, so the answer is stable from cycle to cycle.
 */
public final class Extremes {

  private BigDecimal min;
  private BigDecimal max;
  private Map<String, Object> minAt;
  private Map<String, Object> maxAt;

  /** Considers {@code value} found at {@code location}. */
  public void offer(BigDecimal value, Map<String, Object> location) {
    if (min == null || value.compareTo(min) < 0) {
      min = value;
      minAt = location;
    }
    if (max == null || value.compareTo(max) > 0) {
      max = value;
      maxAt = location;
    }
  }

  /**
   * Puts {@code <prefix>_min_<unit>}, {@code <prefix>_min_at}, {@code ..._max...} (nulls when
   * nothing was offered) and, when {@code spreadName} is not null, max - min under that name.
   */
  public void putInto(Map<String, Object> out, String prefix, String unit, String spreadName) {
    out.put(prefix + "_min_" + unit, min);
    out.put(prefix + "_min_at", minAt == null ? null : new LinkedHashMap<>(minAt));
    out.put(prefix + "_max_" + unit, max);
    out.put(prefix + "_max_at", maxAt == null ? null : new LinkedHashMap<>(maxAt));
    if (spreadName != null) {
      out.put(spreadName, min == null ? null : max.subtract(min));
    }
  }
}
