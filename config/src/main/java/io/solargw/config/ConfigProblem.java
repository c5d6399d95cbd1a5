package io.solargw.config;

import java.util.Objects;

/**
 * One problem found while loading the configuration: where it is and what is wrong, in words for
 * the person editing the file.
 *
 * <p>{@link #toString()} is the line the CLI prints, compiler style: {@code
 * solar-gateway.yaml:14:7: buses[1].inverters[0].address: 248 is out of range 1..247}. A problem
 * that comes from an environment variable names the variable instead of a file and line: {@code
 * SOLAR_GATEWAY_HTTP_PORT: http.port: expected a port number 1..65535, got 'abc'}.
 *
 * @param keyPath the configuration key, e.g. {@code buses[1].inverters[0].address}; empty when the
 *     problem is about the file or variable as a whole
 * @param source the file name, or the environment variable the value came from
 * @param line 1-based line in the file, or 0 when unknown or from the environment
 * @param column 1-based column in the file, or 0 when unknown
 * @param message what is wrong and what is allowed, one or two sentences
 * @param severity whether loading fails because of it
 */
public record ConfigProblem(
    String keyPath, String source, int line, int column, String message, Severity severity) {

  /** How bad a problem is. */
  public enum Severity {
    /** The configuration cannot be used; {@link ConfigLoader} throws {@link ConfigException}. */
    ERROR,
    /** The configuration works, but probably not as the user meant; it is logged at start-up. */
    WARNING
  }

  /** Checks that nothing is null and positions are not negative. */
  public ConfigProblem {
    Objects.requireNonNull(keyPath, "keyPath");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException(
          "line and column must be >= 0, got " + line + ":" + column);
    }
  }

  /** Whether this problem stops the gateway from starting. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** One line: {@code source[:line[:column]]: [warning: ][keyPath: ]message}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(source);
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    out.append(": ");
    if (severity == Severity.WARNING) {
      out.append("warning: ");
    }
    if (!keyPath.isEmpty()) {
      out.append(keyPath).append(": ");
    }
    return out.append(message).toString();
  }
}
