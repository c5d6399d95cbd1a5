package io.solargw.config.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Argument checks for the config records' compact constructors. They guard against API misuse only:
 * the loader reports friendlier messages before a record is ever built.
 */
public final class Require {

  private Require() {}

  /** Throws unless {@code min <= value <= max}. */
  public static int range(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", got " + value);
    }
    return value;
  }

  /** Throws unless {@code min <= value <= max}; NaN is rejected too. */
  public static double range(String name, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", got " + value);
    }
    return value;
  }

  /** Throws unless the duration lies in {@code min..max} (inclusive). */
  public static Duration range(String name, Duration value, Duration min, Duration max) {
    Objects.requireNonNull(value, name);
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", got " + value);
    }
    return value;
  }

  /** Throws unless the whole text matches the pattern. */
  public static String matches(String name, String value, Pattern pattern) {
    Objects.requireNonNull(value, name);
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(
          name + " must match " + pattern.pattern() + ", got '" + value + "'");
    }
    return value;
  }

  /** Throws if the text is blank or holds control characters (they break logs and topics). */
  public static String printable(String name, String value) {
    Objects.requireNonNull(value, name);
    if (value.isBlank() || value.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(name + " must be printable text, got '" + value + "'");
    }
    return value;
  }
}
