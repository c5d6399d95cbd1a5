package io.solargw.protocol.bms.canline;

import io.solargw.protocol.bms.pylon.CanFrame;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One CAN frame read from (or to be written as) a line of text, with what the line said around it.
 *
 * <p>Which extras a format carries: SLCAN only the optional millisecond timestamp (4 hex digits,
 * Lawicel counters wrap at 60000); candump log the interface and the timestamp in seconds (as
 * written, e.g. {@code 1700000000.123456}); compact an optional interface; classic the interface
 * and an optional timestamp ({@code candump -t}).
 *
 * @param format the line format
 * @param frame the frame
 * @param interfaceName interface name such as {@code can0}: no blanks, no '#'
 * @param timestampSeconds candump timestamp in seconds, not negative
 * @param slcanTimestampMillis SLCAN timestamp, 0..0xFFFF
 */
public record CanLine(
    CanLineFormat format,
    CanFrame frame,
    Optional<String> interfaceName,
    Optional<BigDecimal> timestampSeconds,
    OptionalInt slcanTimestampMillis) {

  /** Checks that the extras fit the format. */
  public CanLine {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(interfaceName, "interfaceName");
    Objects.requireNonNull(timestampSeconds, "timestampSeconds");
    Objects.requireNonNull(slcanTimestampMillis, "slcanTimestampMillis");
    interfaceName.ifPresent(CanLine::requireInterfaceName);
    timestampSeconds.ifPresent(CanLine::requireTimestamp);
    slcanTimestampMillis.ifPresent(CanLine::requireSlcanTimestamp);
    boolean slcan = format == CanLineFormat.SLCAN;
    require(!slcan || interfaceName.isEmpty(), "SLCAN lines carry no interface name");
    require(!slcan || timestampSeconds.isEmpty(), "SLCAN lines carry no candump timestamp");
    require(slcan || slcanTimestampMillis.isEmpty(), "only SLCAN lines carry an SLCAN timestamp");
    require(
        format != CanLineFormat.CANDUMP_LOG || timestampSeconds.isPresent(),
        "candump log lines need a timestamp");
    require(
        format != CanLineFormat.CANDUMP_LOG && format != CanLineFormat.CANDUMP_CLASSIC
            || interfaceName.isPresent(),
        format + " lines need an interface name");
    require(
        format != CanLineFormat.CANDUMP_COMPACT || timestampSeconds.isEmpty(),
        "compact lines carry no timestamp");
  }

  /** A line with no interface name and no timestamp (SLCAN or compact). */
  public static CanLine of(CanLineFormat format, CanFrame frame) {
    return new CanLine(format, frame, Optional.empty(), Optional.empty(), OptionalInt.empty());
  }

  private static void requireInterfaceName(String name) {
    require(!name.isEmpty(), "interfaceName must not be empty");
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      require(
          ch > ' ' && ch < 0x7F && ch != '#',
          "interfaceName must be printable ASCII without blanks or '#', got \"" + name + "\"");
    }
    require(name.charAt(0) != '(', "interfaceName must not start with '('");
  }

  private static void requireTimestamp(BigDecimal seconds) {
    require(seconds.signum() >= 0, "timestampSeconds must not be negative, got " + seconds);
  }

  private static void requireSlcanTimestamp(int millis) {
    require(
        millis >= 0 && millis <= 0xFFFF, "slcanTimestampMillis must be 0..65535, got " + millis);
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
