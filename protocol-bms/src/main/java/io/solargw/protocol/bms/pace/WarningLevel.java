package io.solargw.protocol.bms.pace;

import java.util.Optional;

/**
 * Per-item warning codes of the 0x44 answer: each cell, each temperature sensor, charge current,
 * pack voltage and discharge current has one (bms.md §4.2, [PACE18 A.18], [PACE31 A.16], [PYL33
 * §3.5]). 0x80..0xEF are user-defined and kept raw.
 */
public enum WarningLevel {
  NORMAL(0x00, "normal"),
  BELOW_LOWER_LIMIT(0x01, "below lower limit"),
  ABOVE_UPPER_LIMIT(0x02, "above upper limit"),
  OTHER_FAULT(0xF0, "other fault");

  private final int code;
  private final String text;

  WarningLevel(int code, String text) {
    this.code = code;
    this.text = text;
  }

  /** The wire code. */
  public int code() {
    return code;
  }

  /** As printed in JSON, e.g. "above upper limit". */
  public String text() {
    return text;
  }

  /** The documented level with code {@code code}, if any. */
  public static Optional<WarningLevel> of(int code) {
    for (WarningLevel w : values()) {
      if (w.code == code) {
        return Optional.of(w);
      }
    }
    return Optional.empty();
  }

  /** Text for any code: the level's text, "user-defined 0x85", or "undocumented 0x03". */
  public static String describe(int code) {
    if (code >= 0x80 && code <= 0xEF) {
      return String.format("user-defined 0x%02X", code);
    }
    return of(code).map(WarningLevel::text).orElse(String.format("undocumented 0x%02X", code));
  }
}
