package io.solargw.config;

import java.util.Objects;

/**
 * A password: kept as text for the client that needs it, never printed. {@link #toString()} is
 * {@code ***}, so a secret cannot leak through a log line of the record that holds it.
 *
 * @param value the secret text, not empty
 */
public record Secret(String value) {

  /** Checks that the value is given and not empty. */
  public Secret {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("value must not be empty");
    }
  }

  /** Always {@code ***}. */
  @Override
  public String toString() {
    return "***";
  }
}
