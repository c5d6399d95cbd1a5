package io.solargw.protocol.inverter.profile.internal;

import io.solargw.protocol.inverter.profile.Scale;
import io.solargw.protocol.inverter.profile.SettingDomain;
import java.math.BigDecimal;
import java.util.Optional;

/** Reads a numeric range domain: {@code min}, {@code max}, {@code step}, {@code default}. */
final class RangeDomains {

  private static final java.util.Set<String> SYSTEM_VOLTS =
      java.util.Set.of("12", "24", "36", "48");

  private RangeDomains() {}

  static Optional<SettingDomain> parse(Fields f, Scale scale, BigDecimal defaultBasisVolts) {
    Optional<BigDecimal> min = required(f, "min");
    Optional<BigDecimal> max = required(f, "max");
    Optional<BigDecimal> step = required(f, "step");
    Optional<BigDecimal> def = required(f, "default");
    if (min.isEmpty() || max.isEmpty() || step.isEmpty() || def.isEmpty()) {
      return Optional.empty();
    }
    if (step.get().signum() <= 0) {
      f.problem("step", "step must be positive, got " + step.get());
      return Optional.empty();
    }
    if (min.get().compareTo(max.get()) > 0) {
      f.problem("min", "min " + min.get() + " exceeds max " + max.get());
      return Optional.empty();
    }
    BigDecimal d = def.get();
    boolean onGrid = d.subtract(min.get()).remainder(step.get()).signum() == 0;
    if (d.compareTo(min.get()) < 0 || d.compareTo(max.get()) > 0 || !onGrid) {
      f.problem(
          "default",
          "default " + d + " is not in " + min.get() + ".." + max.get() + " step " + step.get());
    }
    Optional<BigDecimal> basis = Optional.empty();
    if (scale instanceof Scale.BatteryVoltage) {
      basis = Optional.of(f.decimal("basis_V").orElse(defaultBasisVolts));
      if (!SYSTEM_VOLTS.contains(basis.get().stripTrailingZeros().toPlainString())) {
        f.problem(
            "basis_V", "basis_V " + basis.get().toPlainString() + " must be 12, 24, 36 or 48");
      }
    } else if (f.has("basis_V")) {
      f.problem("basis_V", "'basis_V' applies only to scale battery_voltage");
    }
    return Optional.of(new SettingDomain.Range(min.get(), max.get(), step.get(), d, basis));
  }

  private static Optional<BigDecimal> required(Fields f, String key) {
    if (!f.has(key)) {
      f.problem(key, "missing '" + key + "'");
      return Optional.empty();
    }
    return f.decimal(key);
  }
}
