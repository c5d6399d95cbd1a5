package io.solargw.protocol.inverter.profile;

import java.util.Objects;

/**
 * One thing wrong in a profile file: where (file and line), what it is about (point or setting
 * name, or a top-level key) and what is wrong.
 *
 * @param source file or resource name
 * @param line 1-based line, or 0 when unknown
 * @param subject e.g. {@code point battery_voltage_V}, {@code setting [5] BTG}, {@code forbidden}
 * @param message what is wrong, one sentence without trailing period
 */
public record ProfileProblem(String source, int line, String subject, String message) {

  /** Checks required fields. */
  public ProfileProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(message, "message");
  }

  /** {@code my.yaml:12: point pv_voltage_V: scale 0 is not allowed}. */
  @Override
  public String toString() {
    return source + ":" + line + ": " + subject + ": " + message;
  }
}
