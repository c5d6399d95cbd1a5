package io.solargw.protocol.inverter.decode.internal;

import io.solargw.protocol.inverter.decode.PointReading;
import io.solargw.protocol.inverter.decode.PointValue;
import io.solargw.protocol.inverter.profile.DerivedSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Computes derived values (battery power and its charge/discharge parts) from decoded points. */
public final class DerivedValues {

  private DerivedValues() {}

  /**
   * The value of {@code spec}, empty when an input was not decoded; unavailable when an input is.
   */
  public static Optional<PointReading> compute(DerivedSpec spec, Map<String, PointReading> points) {
    List<BigDecimal> inputs = new ArrayList<>();
    for (String name : spec.inputs()) {
      PointReading r = points.get(name);
      if (r == null) {
        return Optional.empty();
      }
      if (!(r.value() instanceof PointValue.Decimal d)) {
        String why = r.value() instanceof PointValue.Unavailable u ? u.reason() : "not a number";
        return Optional.of(
            reading(spec, new PointValue.Unavailable("input " + name + " unavailable: " + why)));
      }
      inputs.add(d.value());
    }
    BigDecimal a = inputs.get(0);
    BigDecimal value =
        switch (spec.formula()) {
          case PRODUCT -> a.multiply(inputs.get(1));
          case POSITIVE_PART -> a.signum() > 0 ? a : BigDecimal.ZERO.setScale(a.scale());
          case NEGATIVE_PART -> a.signum() < 0 ? a.negate() : BigDecimal.ZERO.setScale(a.scale());
        };
    return Optional.of(reading(spec, new PointValue.Decimal(value)));
  }

  private static PointReading reading(DerivedSpec spec, PointValue value) {
    return new PointReading(spec.name(), spec.unit(), value, List.of());
  }
}
