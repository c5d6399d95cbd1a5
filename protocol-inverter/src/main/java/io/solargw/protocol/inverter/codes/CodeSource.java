package io.solargw.protocol.inverter.codes;

import java.util.Optional;

/**
 * Which numbering a table entry comes from: SRNE's two-digit register codes (inverter-modbus.md
 * 5.2) or the seed manual's three-digit display codes (seed section 7.1).
 */
public enum CodeSource {
  SRNE("srne"),
  MANUAL("manual");

  private final String jsonName;

  CodeSource(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The lower-case name used in YAML and JSON. */
  public String jsonName() {
    return jsonName;
  }

  /** The source named {@code name} in YAML, or empty. */
  public static Optional<CodeSource> ofName(String name) {
    for (CodeSource source : values()) {
      if (source.jsonName.equals(name)) {
        return Optional.of(source);
      }
    }
    return Optional.empty();
  }
}
