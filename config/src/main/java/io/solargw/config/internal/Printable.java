package io.solargw.config.internal;

/** Text from the user, made safe for a one-line problem message. */
public final class Printable {

  /** Longest text quoted in a message before it is cut. */
  private static final int QUOTE_LIMIT = 40;

  private Printable() {}

  /** The text with control characters shown as {@code \\uXXXX}, so a message stays one line. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04X", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  /** {@code 'text'}, escaped, and cut after 40 characters. */
  public static String quote(String text) {
    boolean cut = text.codePointCount(0, text.length()) > QUOTE_LIMIT;
    String shown = cut ? text.substring(0, text.offsetByCodePoints(0, QUOTE_LIMIT)) : text;
    return "'" + escape(shown) + (cut ? "..." : "") + "'";
  }
}
