package io.solargw.protocol.inverter.settings.internal;

import io.solargw.protocol.inverter.profile.EnumOption;
import io.solargw.protocol.inverter.profile.SettingDomain;
import io.solargw.protocol.inverter.profile.SettingSpec;
import io.solargw.protocol.inverter.settings.SettingValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks a value text against a setting's domain: range and step grid (scaled to the system voltage
 * for battery-voltage settings), a list of numbers, or the allowed options.
 */
public final class DomainCheck {

  /** System voltages SRNE knows (E003; protocol doc 2.6). */
  public static final List<Integer> SYSTEM_VOLTS = List.of(12, 24, 36, 48);

  private DomainCheck() {}

  /** The value, or the sentence saying why it is not allowed. */
  public static Outcome check(SettingSpec spec, String text, Optional<Integer> systemVolts) {
    String value = text == null ? "" : text.strip();
    if (spec.domain() instanceof SettingDomain.Options o) {
      return options(spec, o, value);
    }
    Optional<BigDecimal> number = parse(value);
    if (spec.domain() instanceof SettingDomain.Numbers n) {
      String allowed =
          n.allowed().stream().map(BigDecimal::toPlainString).collect(Collectors.joining(", "));
      if (number.isPresent()
          && n.allowed().stream().anyMatch(a -> a.compareTo(number.get()) == 0)) {
        return Outcome.ok(new SettingValue.Number(number.get()));
      }
      return Outcome.no(
          Texts.title(spec)
              + ": "
              + Texts.quoted(value)
              + " is not one of "
              + allowed
              + Texts.unit(spec));
    }
    return range(spec, (SettingDomain.Range) spec.domain(), value, number, systemVolts);
  }

  private static Outcome options(SettingSpec spec, SettingDomain.Options o, String value) {
    Optional<String> code = o.allowed().stream().filter(value::equalsIgnoreCase).findFirst();
    if (code.isEmpty()) {
      return Outcome.no(
          Texts.title(spec)
              + ": '"
              + value
              + "' is not an option (allowed: "
              + String.join(", ", o.allowed())
              + ")");
    }
    EnumOption option = o.table().byCode(code.get()).orElseThrow();
    return Outcome.ok(new SettingValue.Choice(option));
  }

  /** The manual's range scaled to the system voltage (battery-voltage settings only). */
  private record Scaled(BigDecimal min, BigDecimal max, BigDecimal step, String text) {}

  private static Outcome range(
      SettingSpec spec,
      SettingDomain.Range r,
      String value,
      Optional<BigDecimal> number,
      Optional<Integer> systemVolts) {
    String title = Texts.title(spec);
    String unit = Texts.unit(spec);
    if (r.basisVolts().isPresent()
        && (systemVolts.isEmpty() || !SYSTEM_VOLTS.contains(systemVolts.get()))) {
      return Outcome.no(
          title
              + ": a battery-voltage setting needs the system voltage (E003: 12/24/36/48 V),"
              + " which is "
              + systemVolts.map(v -> v + " V").orElse("unknown"));
    }
    Scaled g = scaled(r, systemVolts, unit);
    if (number.isEmpty()) {
      return Outcome.no(
          String.format("%s: '%s' is not a number (allowed %s)", title, value, g.text()));
    }
    BigDecimal v = number.get();
    if (v.compareTo(g.min()) < 0 || v.compareTo(g.max()) > 0) {
      return Outcome.no(
          String.format("%s: %s%s is out of range %s", title, plain(v), unit, g.text()));
    }
    BigDecimal offset = v.subtract(g.min());
    if (offset.remainder(g.step()).signum() != 0) {
      BigDecimal below = g.min().add(g.step().multiply(offset.divideToIntegralValue(g.step())));
      return Outcome.no(
          String.format(
              "%s: %s%s is off the step grid %s (nearest %s or %s%s)",
              title, plain(v), unit, g.text(), plain(below), plain(below.add(g.step())), unit));
    }
    return Outcome.ok(new SettingValue.Number(v));
  }

  private static Scaled scaled(SettingDomain.Range r, Optional<Integer> systemVolts, String unit) {
    BigDecimal factor = BigDecimal.ONE;
    String system = "";
    if (r.basisVolts().isPresent()) {
      BigDecimal volts = BigDecimal.valueOf(systemVolts.orElseThrow());
      factor = volts.divide(r.basisVolts().get(), 10, RoundingMode.HALF_EVEN).stripTrailingZeros();
      system = " for a " + systemVolts.get() + " V system";
    }
    BigDecimal min = r.min().multiply(factor);
    BigDecimal max = r.max().multiply(factor);
    BigDecimal step = r.step().multiply(factor);
    String text =
        String.format(
            "%s..%s%s in steps of %s%s%s", plain(min), plain(max), unit, plain(step), unit, system);
    return new Scaled(min, max, step, text);
  }

  private static Optional<BigDecimal> parse(String value) {
    try {
      return Optional.of(new BigDecimal(value));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  static String plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  /** Either a value or the reason it is refused. */
  public record Outcome(Optional<SettingValue> value, String problem) {
    static Outcome ok(SettingValue v) {
      return new Outcome(Optional.of(v), "");
    }

    static Outcome no(String problem) {
      return new Outcome(Optional.empty(), problem);
    }
  }
}
