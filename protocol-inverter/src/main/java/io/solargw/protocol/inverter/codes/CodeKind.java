package io.solargw.protocol.inverter.codes;

import java.util.Optional;

/**
 * What a decoded code is: a table entry is a fault or an alarm; a decoded number may also be
 * ambiguous (the manual uses the same number for a fault and an alarm, and the register does not
 * say which) or unknown (not in the table).
 */
public enum CodeKind {
  FAULT("fault"),
  ALARM("alarm"),
  AMBIGUOUS("ambiguous"),
  UNKNOWN("unknown");

  private final String jsonName;

  CodeKind(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The lower-case name used in YAML and JSON, e.g. {@code "fault"}. */
  public String jsonName() {
    return jsonName;
  }

  /** The kind a table entry may have ({@code fault} or {@code alarm}), or empty. */
  public static Optional<CodeKind> ofEntryName(String name) {
    if (FAULT.jsonName.equals(name)) {
      return Optional.of(FAULT);
    }
    if (ALARM.jsonName.equals(name)) {
      return Optional.of(ALARM);
    }
    return Optional.empty();
  }
}
