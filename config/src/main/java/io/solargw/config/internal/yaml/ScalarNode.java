package io.solargw.config.internal.yaml;

import io.solargw.config.internal.Origin;
import io.solargw.config.internal.Printable;
import java.util.Objects;

/**
 * A single value, kept as the text that was written ({@code 0x25}, {@code yes}, {@code 8081}): the
 * binder decides what type it must be, the same way for the file and for environment variables.
 *
 * @param origin where the value starts
 * @param text the value exactly as written, without quotes
 */
public record ScalarNode(Origin origin, String text) implements Node {

  /** Checks that nothing is null. */
  public ScalarNode {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(text, "text");
  }

  @Override
  public String describe() {
    return Printable.quote(text);
  }
}
