package io.solargw.protocol.inverter.decode.internal;

import io.solargw.protocol.inverter.decode.PointValue;
import io.solargw.protocol.inverter.profile.PointType;
import io.solargw.protocol.inverter.profile.WordOrder;
import java.time.YearMonth;

/**
 * Register words → raw integers, text and date-times, per protocol doc 2.6: 32-bit values in the
 * profile's word order, ASCII in the low byte of each register, times packed as {@code
 * (year-2000)<<8|month, day<<8|hour, minute<<8|second}.
 */
final class WordDecoding {

  private WordDecoding() {}

  /** The integer of a u16/s16/u32/s32 point. */
  static long integer(PointType type, int[] w, WordOrder order) {
    return switch (type) {
      case S16 -> (short) w[0];
      case U32, S32 -> {
        long lo = order == WordOrder.LOW_FIRST ? w[0] : w[1];
        long hi = order == WordOrder.LOW_FIRST ? w[1] : w[0];
        long v = (hi << 16) | lo;
        yield type == PointType.S32 ? (int) v : v;
      }
      default -> w[0];
    };
  }

  /** One character per register (low byte); trailing NUL/0xFF padding dropped. */
  static PointValue ascii(int[] w, int address) {
    int end = w.length;
    while (end > 0 && ((w[end - 1] & 0xFF) == 0 || (w[end - 1] & 0xFF) == 0xFF)) {
      end--;
    }
    if (end == 0) {
      return new PointValue.Unavailable("empty: every register holds 0x00 or 0xFF");
    }
    StringBuilder s = new StringBuilder(end);
    for (int i = 0; i < end; i++) {
      int c = w[i] & 0xFF;
      if (c < 0x20 || c > 0x7E) {
        return new PointValue.Unavailable(
            String.format("not printable ASCII: byte 0x%02X at register %04X", c, address + i));
      }
      s.append((char) c);
    }
    return new PointValue.Text(s.toString());
  }

  /** An ISO date-time (reduced to the hour for 2 registers), or why the registers are not one. */
  static PointValue dateTime(int[] w) {
    int year = 2000 + (w[0] >> 8);
    int month = w[0] & 0xFF;
    int day = w[1] >> 8;
    int hour = w[1] & 0xFF;
    int minute = w.length > 2 ? w[2] >> 8 : 0;
    int second = w.length > 2 ? w[2] & 0xFF : 0;
    String text =
        w.length > 2
            ? String.format("%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, hour, minute, second)
            : String.format("%04d-%02d-%02dT%02d", year, month, day, hour);
    String problem = null;
    if (month < 1 || month > 12) {
      problem = "month " + month;
    } else if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      problem = "day " + day;
    } else if (hour > 23) {
      problem = "hour " + hour;
    } else if (minute > 59) {
      problem = "minute " + minute;
    } else if (second > 59) {
      problem = "second " + second;
    }
    if (problem != null) {
      return new PointValue.Unavailable(
          "invalid date/time "
              + text
              + ": "
              + problem
              + " (the device clock holds garbage; protocol doc 2.4 item 6)");
    }
    return new PointValue.Text(text);
  }
}
