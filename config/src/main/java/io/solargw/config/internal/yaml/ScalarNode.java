package io.solargw.config.internal.yaml;

import io.solargw.config.internal.Origin;
import java.util.Objects;

/**
 * A single value, kept as the text that was written ({@code 0x25}, {@code yes}, {@code 8081}): the
 * binder decides what type it must be, the same way for the file and for environment variables.
 *
 * @param origin where the value starts
 * @param text the value exactly as written, without quotes
 */
public record ScalarNode(Origin origin, String text) implements Node {

  /** Longest text quoted in a message before it is cut. */
  private static final int QUOTE_LIMIT = 40;

  /** Checks that nothing is null. */
  public ScalarNode {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(text, "text");
  }

  @Override
  public String describe() {
    return quote(text);
  }

  /** {@code 'text'}, cut to 40 characters, with control characters shown as {@code \\uXXXX}. */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder("'");
    text.codePoints()
        .limit(QUOTE_LIMIT)
        .forEach(
            c -> {
              if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04X", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    if (text.codePointCount(0, text.length()) > QUOTE_LIMIT) {
      out.append("...");
    }
    return out.append('\'').toString();
  }
}
