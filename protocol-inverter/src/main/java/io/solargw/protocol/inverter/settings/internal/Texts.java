package io.solargw.protocol.inverter.settings.internal;

import io.solargw.protocol.inverter.profile.SettingSpec;

/** Wording shared by the setting messages. */
final class Texts {

  private Texts() {}

  /** {@code [5] BTG (Battery-to-grid voltage)}. */
  static String title(SettingSpec spec) {
    return spec.title() + " (" + spec.label() + ")";
  }

  /** The unit as shown after a number: {@code " V"}, {@code " %"}, or nothing. */
  static String unit(SettingSpec spec) {
    return switch (spec.unit()) {
      case "" -> "";
      case "pct" -> " %";
      case "C" -> " °C";
      default -> " " + spec.unit();
    };
  }

  static String quoted(String value) {
    return "'" + value + "'";
  }
}
