package io.solargw.protocol.inverter.codes;

import java.util.Objects;

/**
 * One row of a code table: a fault or alarm number with its text.
 *
 * @param number the decimal value the inverter puts in 0x0204..0x0207, 1..65535
 * @param kind {@link CodeKind#FAULT} or {@link CodeKind#ALARM}
 * @param text what the code means (the manual's or SRNE's wording)
 * @param source which numbering the entry belongs to
 * @param name SRNE's mnemonic, e.g. {@code BatVoltLow}, or null
 * @param affectsOutput whether the AC output stops, or null when the sources do not say or disagree
 * @param troubleshooting what to do (seed section 7.2), or null
 * @param line line of the entry in the table file, or 0 when not loaded from a file
 */
public record CodeEntry(
    int number,
    CodeKind kind,
    String text,
    CodeSource source,
    String name,
    Boolean affectsOutput,
    String troubleshooting,
    int line) {

  /** Validates; throws {@link IllegalArgumentException} naming the parameter. */
  public CodeEntry {
    if (number < 1 || number > 0xFFFF) {
      throw new IllegalArgumentException("number must be 1..65535, got " + number);
    }
    Objects.requireNonNull(kind, "kind");
    if (kind != CodeKind.FAULT && kind != CodeKind.ALARM) {
      throw new IllegalArgumentException("kind must be FAULT or ALARM, got " + kind);
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank");
    }
    Objects.requireNonNull(source, "source");
  }
}
