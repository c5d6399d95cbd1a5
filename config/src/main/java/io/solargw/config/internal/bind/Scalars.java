package io.solargw.config.internal.bind;

import io.solargw.config.internal.Printable;
import io.solargw.config.internal.Suggestions;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parsers from the text of a value (file or environment alike) to a typed value. Their messages say
 * what was expected and quote what was found; the key path is added by {@link Fields}.
 */
final class Scalars {

  /** Turns the text of a value into a {@code T}, or says why it cannot. */
  @FunctionalInterface
  interface Parser<T> {
    T parse(String text) throws Invalid;
  }

  /** A value that does not parse; the message is for the person editing the file. */
  static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message, null, false, false);
    }
  }

  private static final Pattern DECIMAL_INT = Pattern.compile("[+-]?[0-9]{1,10}");
  private static final Pattern HEX_INT = Pattern.compile("0[xX][0-9a-fA-F]{1,8}");
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?([0-9]{1,12}(\\.[0-9]{0,12})?|\\.[0-9]{1,12})");
  private static final List<String> TRUE = List.of("true", "yes", "on", "1");
  private static final List<String> FALSE = List.of("false", "no", "off", "0");

  private Scalars() {}

  /** A whole number in {@code min..max}, decimal or {@code 0x} hex; {@code noun} names it. */
  static Parser<Integer> integer(String noun, int min, int max) {
    return text -> {
      String t = text.strip();
      long value;
      if (DECIMAL_INT.matcher(t).matches()) {
        value = Long.parseLong(t);
      } else if (HEX_INT.matcher(t).matches()) {
        value = Long.parseLong(t.substring(2), 16);
      } else {
        throw new Invalid(
            "expected " + noun + " " + min + ".." + max + ", got " + Printable.quote(text));
      }
      if (value < min || value > max) {
        throw new Invalid(t + " is out of range " + min + ".." + max);
      }
      return (int) value;
    };
  }

  /** A whole number of seconds in {@code min..max}. */
  static Parser<Duration> seconds(int min, int max) {
    Parser<Integer> whole = integer("a whole number of seconds", min, max);
    return text -> Duration.ofSeconds(whole.parse(text));
  }

  /** A whole number of milliseconds in {@code min..max}. */
  static Parser<Duration> millis(int min, int max) {
    Parser<Integer> whole = integer("a whole number of milliseconds", min, max);
    return text -> Duration.ofMillis(whole.parse(text));
  }

  /** A decimal number in {@code min..max} (no exponent). */
  static Parser<Double> decimal(double min, double max) {
    return text -> {
      String t = text.strip();
      if (!DECIMAL.matcher(t).matches()) {
        throw new Invalid(
            "expected a number "
                + plain(min)
                + ".."
                + plain(max)
                + ", got "
                + Printable.quote(text));
      }
      double value = Double.parseDouble(t);
      if (value < min || value > max) {
        throw new Invalid(t + " is out of range " + plain(min) + ".." + plain(max));
      }
      return value;
    };
  }

  /** {@code true/false}, also {@code yes/no}, {@code on/off}, {@code 1/0}, any case. */
  static Parser<Boolean> flag() {
    return text -> {
      String t = text.strip().toLowerCase(Locale.ROOT);
      if (TRUE.contains(t)) {
        return true;
      }
      if (FALSE.contains(t)) {
        return false;
      }
      throw new Invalid("expected true or false, got " + Printable.quote(text));
    };
  }

  /** One of {@code values}, matched by keyword ignoring case; {@code noun} names the kind. */
  static <E> Parser<E> choice(String noun, List<E> values, Function<E, String> keyword) {
    return text -> {
      String t = text.strip();
      for (E value : values) {
        if (keyword.apply(value).equalsIgnoreCase(t)) {
          return value;
        }
      }
      List<String> allowed = values.stream().map(keyword).toList();
      throw new Invalid(
          Printable.quote(text)
              + " is not "
              + noun
              + "; allowed: "
              + String.join(", ", allowed)
              + Suggestions.didYouMean(t, allowed));
    };
  }

  /** Text matching {@code pattern} entirely (after trimming); {@code rule} explains the form. */
  static Parser<String> matching(Pattern pattern, String rule) {
    return text -> {
      String t = text.strip();
      if (!pattern.matcher(t).matches()) {
        throw new Invalid(Printable.quote(text) + " is not allowed: " + rule);
      }
      return t;
    };
  }

  /** Printable text of 1 to {@code maxLength} characters, trimmed. */
  static Parser<String> text(int maxLength) {
    return text -> {
      String t = text.strip();
      if (t.isEmpty() || t.length() > maxLength) {
        throw new Invalid("expected 1 to " + maxLength + " characters, got " + t.length());
      }
      if (t.chars().anyMatch(Character::isISOControl)) {
        throw new Invalid("control characters are not allowed, got " + Printable.quote(text));
      }
      return t;
    };
  }

  /** One of the listed whole numbers, e.g. standard baud rates. */
  static Parser<Integer> oneOf(String noun, List<Integer> allowed) {
    Parser<Integer> whole = integer(noun, 0, Integer.MAX_VALUE);
    return text -> {
      int value;
      try {
        value = whole.parse(text);
      } catch (Invalid e) {
        throw new Invalid("expected " + noun + ", got " + Printable.quote(text));
      }
      if (!allowed.contains(value)) {
        throw new Invalid(
            value
                + " is not "
                + noun
                + "; allowed: "
                + allowed.stream().map(String::valueOf).collect(Collectors.joining(", ")));
      }
      return value;
    };
  }

  /** 10.0 as "10", 0.05 as "0.05". */
  private static String plain(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
