package io.solargw.protocol.bms.canline;

import io.solargw.protocol.bms.pylon.CanFrame;
import io.solargw.protocol.bms.pylon.RandomFrames;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

/** Random well-formed {@link CanLine}s of every format, for property and fuzz tests. */
final class RandomLines {

  private static final String[] INTERFACES = {"can0", "can1", "vcan0", "slcan0", "pylon_bat"};
  private static final String NAME_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.:@[]'";

  private RandomLines() {}

  static CanLine line(Random r, CanLineFormat format) {
    CanFrame frame = RandomFrames.frame(r);
    return switch (format) {
      case SLCAN ->
          new CanLine(
              format,
              frame,
              Optional.empty(),
              Optional.empty(),
              r.nextBoolean() ? OptionalInt.of(r.nextInt(0x10000)) : OptionalInt.empty());
      case CANDUMP_LOG ->
          new CanLine(
              format, frame, Optional.of(iface(r)), Optional.of(timestamp(r)), OptionalInt.empty());
      case CANDUMP_COMPACT ->
          new CanLine(
              format,
              frame,
              r.nextBoolean() ? Optional.of(iface(r)) : Optional.empty(),
              Optional.empty(),
              OptionalInt.empty());
      case CANDUMP_CLASSIC ->
          new CanLine(
              format,
              frame,
              Optional.of(iface(r)),
              r.nextBoolean() ? Optional.of(timestamp(r)) : Optional.empty(),
              OptionalInt.empty());
    };
  }

  static CanLine line(Random r) {
    return line(r, CanLineFormat.values()[r.nextInt(CanLineFormat.values().length)]);
  }

  private static String iface(Random r) {
    if (r.nextBoolean()) {
      return INTERFACES[r.nextInt(INTERFACES.length)];
    }
    StringBuilder sb = new StringBuilder();
    int n = 1 + r.nextInt(15);
    for (int i = 0; i < n; i++) {
      sb.append(NAME_CHARS.charAt(r.nextInt(NAME_CHARS.length())));
    }
    return sb.toString();
  }

  private static BigDecimal timestamp(Random r) {
    return BigDecimal.valueOf(r.nextLong() & 0x3FFF_FFFF_FFFFL, r.nextInt(7));
  }
}
