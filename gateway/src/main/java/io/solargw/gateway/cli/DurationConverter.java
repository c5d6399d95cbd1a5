package io.solargw.gateway.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A duration as people write it: {@code 90s}, {@code 10m}, {@code 2h}, {@code 1h30m}. */
final class DurationConverter implements ITypeConverter<Duration> {

  private static final Pattern PART = Pattern.compile("(\\d+)([hms])");

  @Override
  public Duration convert(String value) {
    String v = value.trim().toLowerCase(java.util.Locale.ROOT);
    Matcher m = PART.matcher(v);
    Duration d = Duration.ZERO;
    int end = 0;
    while (m.find() && m.start() == end) {
      long n = Long.parseLong(m.group(1));
      d =
          d.plus(
              switch (m.group(2)) {
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
              });
      end = m.end();
    }
    if (end == 0 || end != v.length()) {
      throw new TypeConversionException(
          "'" + value + "' is not a duration; write it like 90s, 10m, 2h or 1h30m");
    }
    return d;
  }
}
