package io.solargw.protocol.inverter.profile.internal;

import io.solargw.protocol.inverter.profile.Scale;
import java.math.BigDecimal;
import java.util.Optional;

/** Reads {@code scale:}: a non-zero decimal, or {@code battery_voltage} (protocol doc 2.6). */
final class Scales {

  static final String BATTERY_VOLTAGE = "battery_voltage";

  private Scales() {}

  static Scale parse(Fields f, boolean numeric, String typeName, String unit) {
    Optional<String> text = f.text("scale");
    if (text.isEmpty()) {
      return Scale.ONE;
    }
    if (!numeric) {
      f.problem(
          "scale", "'scale' applies only to numeric types (u16, s16, u32, s32), not " + typeName);
      return Scale.ONE;
    }
    if (text.get().equals(BATTERY_VOLTAGE)) {
      if (!unit.equals("V")) {
        f.problem("scale", "scale battery_voltage needs unit V, got '" + unit + "'");
      }
      return new Scale.BatteryVoltage();
    }
    Optional<BigDecimal> factor = Literals.decimal(text.get());
    if (factor.isEmpty()) {
      f.problem("scale", "scale '" + text.get() + "' is neither a number nor battery_voltage");
      return Scale.ONE;
    }
    if (factor.get().signum() == 0) {
      f.problem("scale", "scale 0 is not allowed");
      return Scale.ONE;
    }
    return new Scale.Fixed(factor.get());
  }
}
