package io.solargw.protocol.inverter.codes;

/**
 * One thing wrong in a code table file, located by file and line.
 *
 * @param source the file's name, e.g. {@code default-codes.yaml}
 * @param line 1-based line, or 0 when unknown
 * @param entry which entry, e.g. {@code "entry #3 (number 105)"}, or empty for the file as a whole
 * @param message what is wrong, e.g. {@code "duplicate (105, fault): first defined at line 40"}
 */
public record CodeTableProblem(String source, int line, String entry, String message) {

  /** {@code file:line: entry: message}. */
  @Override
  public String toString() {
    return source + ":" + line + ": " + (entry.isEmpty() ? "" : entry + ": ") + message;
  }
}
