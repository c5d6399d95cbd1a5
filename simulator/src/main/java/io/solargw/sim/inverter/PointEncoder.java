package io.solargw.sim.inverter;

import io.solargw.protocol.inverter.decode.PointValue;
import io.solargw.protocol.inverter.profile.BatteryCurrentSign;
import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.PointConvention;
import io.solargw.protocol.inverter.profile.PointSpec;
import io.solargw.protocol.inverter.profile.WordOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The inverse of protocol-inverter's point decoding: turns a value into the register words a real
 * SRNE unit would hold (protocol doc 2.6). Numbers are divided by the point's scale (the battery
 * voltage scale uses the system voltage), rounded to the nearest register unit and saturated at the
 * type's range like a firmware would; 32-bit values follow the point's word order (low word first
 * on SRNE); text goes one character per register in the low byte; date-times are packed {@code
 * (year-2000)<<8|month, day<<8|hour, minute<<8|second}; the battery current is published with
 * positive = charging and stored with the profile's raw sign.
 */
public final class PointEncoder {

  private final InverterProfile profile;

  /**
   * @param profile the profile whose battery-current sign applies
   */
  public PointEncoder(InverterProfile profile) {
    this.profile = Objects.requireNonNull(profile, "profile");
  }

  /**
   * The {@code point.length()} words holding {@code value}.
   *
   * @param systemVolts E003 (12/24/36/48), used by battery-voltage scaled points
   * @throws IllegalArgumentException when the value's kind does not fit the point's type
   */
  public int[] encode(PointSpec point, PointValue value, int systemVolts) {
    Objects.requireNonNull(value, "value");
    int[] words = new int[point.length()];
    switch (point.type()) {
      case U16, S16, U32, S32 -> number(point, decimal(point, value), systemVolts, words);
      case ENUM -> words[0] = requireChoice(point, value).raw() & 0xFFFF;
      case VERSION -> words[0] = saturate(hundredths(text(point, value)), 0, 0xFFFF);
      case ASCII -> ascii(text(point, value), words);
      case DATETIME -> dateTime(parseTime(text(point, value)), words);
      case BITFIELD -> bitfield(point, value, words);
      case CODES -> codes(point, value, words);
    }
    return words;
  }

  private void number(PointSpec point, BigDecimal value, int systemVolts, int[] words) {
    BigDecimal published = value;
    if (point.convention() == PointConvention.BATTERY_CURRENT
        && profile.batteryCurrentPositive() == BatteryCurrentSign.DISCHARGING) {
      published = published.negate();
    }
    BigDecimal unit = point.scale().unitValue(systemVolts);
    long raw = published.divide(unit, 0, RoundingMode.HALF_UP).longValueExact();
    switch (point.type()) {
      case U16 -> words[0] = saturate(raw, 0, 0xFFFF);
      case S16 -> words[0] = saturate(raw, Short.MIN_VALUE, Short.MAX_VALUE) & 0xFFFF;
      case U32 -> split(clamp(raw, 0, 0xFFFF_FFFFL), point.wordOrder(), words);
      default -> split(clamp(raw, Integer.MIN_VALUE, Integer.MAX_VALUE), point.wordOrder(), words);
    }
  }

  private static void split(long raw, WordOrder order, int[] words) {
    int low = (int) (raw & 0xFFFF);
    int high = (int) ((raw >> 16) & 0xFFFF);
    words[0] = order == WordOrder.LOW_FIRST ? low : high;
    words[1] = order == WordOrder.LOW_FIRST ? high : low;
  }

  private static void ascii(String text, int[] words) {
    for (int i = 0; i < words.length && i < text.length(); i++) {
      words[i] = text.charAt(i) & 0xFF;
    }
  }

  private static void dateTime(LocalDateTime t, int[] words) {
    words[0] = (t.getYear() - 2000) << 8 | t.getMonthValue();
    words[1] = t.getDayOfMonth() << 8 | t.getHour();
    if (words.length > 2) {
      words[2] = t.getMinute() << 8 | t.getSecond();
    }
  }

  /**
   * ISO date-time; the decoder's hour-only form of 2-register points ({@code 2023-06-15T10}) too.
   */
  private static LocalDateTime parseTime(String iso) {
    return LocalDateTime.parse(iso.length() == 13 ? iso + ":00" : iso);
  }

  private static void bitfield(PointSpec point, PointValue value, int[] words) {
    if (!(value instanceof PointValue.Flags flags)) {
      throw mismatch(point, value);
    }
    List<Integer> given = flags.words();
    for (int i = 0; i < words.length && i < given.size(); i++) {
      words[i] = given.get(i) & 0xFFFF;
    }
    for (Map.Entry<Integer, String> bit : point.bits().entrySet()) {
      if (Boolean.TRUE.equals(flags.bits().get(bit.getValue()))) {
        words[bit.getKey() / 16] |= 1 << (bit.getKey() % 16);
      }
    }
  }

  private static void codes(PointSpec point, PointValue value, int[] words) {
    if (!(value instanceof PointValue.Codes codes)) {
      throw mismatch(point, value);
    }
    for (int i = 0; i < words.length && i < codes.codes().size(); i++) {
      words[i] = codes.codes().get(i) & 0xFFFF;
    }
  }

  private static BigDecimal decimal(PointSpec point, PointValue value) {
    if (value instanceof PointValue.Decimal d) {
      return d.value();
    }
    throw mismatch(point, value);
  }

  private static PointValue.Choice requireChoice(PointSpec point, PointValue value) {
    if (value instanceof PointValue.Choice c) {
      return c;
    }
    throw mismatch(point, value);
  }

  private static String text(PointSpec point, PointValue value) {
    if (value instanceof PointValue.Text t) {
      return t.text();
    }
    throw mismatch(point, value);
  }

  private static long hundredths(String version) {
    return new BigDecimal(version).movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValue();
  }

  private static int saturate(long raw, long min, long max) {
    return (int) clamp(raw, min, max);
  }

  private static long clamp(long raw, long min, long max) {
    return Math.max(min, Math.min(max, raw));
  }

  private static IllegalArgumentException mismatch(PointSpec point, PointValue value) {
    return new IllegalArgumentException(
        "value: point "
            + point.name()
            + " of type "
            + point.type().keyword()
            + " cannot hold "
            + value.getClass().getSimpleName());
  }
}
