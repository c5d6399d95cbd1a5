package io.solargw.gateway.write;

import io.solargw.mqtt.SettingInput;
import io.solargw.mqtt.SettingValue;
import io.solargw.mqtt.WritableSetting;
import io.solargw.protocol.inverter.profile.SettingDomain;
import io.solargw.protocol.inverter.profile.SettingSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Translates between the settings table and the MQTT bridge: a setting's Home Assistant input (a
 * {@code select} for options, a {@code number} for ranges, a {@code switch} for DIS/ENA) and a
 * command's value as the table's text.
 */
final class SettingInputs {

  private static final Set<String> TOGGLE = Set.of("DIS", "ENA");

  private SettingInputs() {}

  /** The entity of {@code spec}; ranges of battery-voltage settings scale with the system. */
  static WritableSetting entity(SettingSpec spec, Optional<Integer> systemVolts) {
    return new WritableSetting(
        spec.code(), spec.label(), input(spec, systemVolts), "setting_" + spec.name());
  }

  /** The command value as the settings table's text: option code, plain number, ENA/DIS. */
  static String text(SettingSpec spec, SettingValue value) {
    if (value instanceof SettingValue.OnOff onOff && isToggle(spec)) {
      return onOff.on() ? "ENA" : "DIS";
    }
    if (value instanceof SettingValue.Option option) {
      return option.option().toUpperCase(Locale.ROOT);
    }
    return value.text();
  }

  private static SettingInput input(SettingSpec spec, Optional<Integer> systemVolts) {
    if (isToggle(spec)) {
      return new SettingInput.Toggle();
    }
    if (spec.domain() instanceof SettingDomain.Options o) {
      return new SettingInput.Options(o.allowed());
    }
    if (spec.domain() instanceof SettingDomain.Numbers n) {
      return new SettingInput.Options(n.allowed().stream().map(BigDecimal::toPlainString).toList());
    }
    SettingDomain.Range r = (SettingDomain.Range) spec.domain();
    BigDecimal factor = BigDecimal.ONE;
    if (r.basisVolts().isPresent() && systemVolts.isPresent()) {
      factor =
          BigDecimal.valueOf(systemVolts.get())
              .divide(r.basisVolts().get(), 6, RoundingMode.HALF_UP);
    }
    return new SettingInput.Range(
        scaled(r.min(), factor), scaled(r.max(), factor), scaled(r.step(), factor), spec.unit());
  }

  private static BigDecimal scaled(BigDecimal v, BigDecimal factor) {
    return v.multiply(factor).stripTrailingZeros();
  }

  private static boolean isToggle(SettingSpec spec) {
    return spec.domain() instanceof SettingDomain.Options o
        && o.allowed().size() == 2
        && TOGGLE.containsAll(o.allowed());
  }
}
