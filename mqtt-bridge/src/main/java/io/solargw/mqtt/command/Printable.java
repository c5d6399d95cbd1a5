package io.solargw.mqtt.command;

/**
 * Text a sender chose (a payload, a topic level, a command-line argument) made safe to echo in a
 * log line or an error: control, format and line-separator characters are shown as escapes ({@code
 * \r}, {@code \n}, {@code \t}, {@code \u0000}), so they can neither break the line nor forge
 * another.
 */
public final class Printable {

  private Printable() {}

  /** {@code text} with every unprintable character escaped. */
  public static String of(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\r' -> out.append("\\r");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (unprintable(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static boolean unprintable(char c) {
    int type = Character.getType(c);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.UNASSIGNED;
  }
}
