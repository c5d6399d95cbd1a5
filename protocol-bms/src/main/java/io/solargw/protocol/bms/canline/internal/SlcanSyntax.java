package io.solargw.protocol.bms.canline.internal;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.BmsProtocolException.Reason;
import io.solargw.protocol.bms.canline.CanLine;
import io.solargw.protocol.bms.canline.CanLineFormat;
import io.solargw.protocol.bms.pylon.CanFrame;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * SLCAN / Lawicel frame lines: {@code tiiildd..[ssss]}, {@code Tiiiiiiiildd..[ssss]}, {@code
 * riiil[ssss]}, {@code Riiiiiiiil[ssss]} (Lawicel CAN232/CANUSB manual; python-can slcan).
 *
 * <p>i = id hex digits (3 standard, 8 extended), l = DLC digit 0-8, d = data hex digit pairs, s =
 * optional 4-hex-digit timestamp in ms (when the adapter has time stamps switched on), then CR.
 * Because the timestamp has no marker, a line whose DLC is 2 lower than its data would read the
 * last two bytes as a timestamp; that ambiguity is the format's own.
 */
public final class SlcanSyntax {

  private SlcanSyntax() {}

  /** Parses a whole SLCAN line. */
  public static CanLine parse(String line) throws BmsProtocolException {
    LineCursor c = new LineCursor(line);
    if (c.atEnd()) {
      throw c.error(Reason.SYNTAX, 0, "empty line: expected an SLCAN frame");
    }
    char type = c.peek();
    if (type != 't' && type != 'T' && type != 'r' && type != 'R') {
      throw c.error(Reason.SYNTAX, 0, "expected SLCAN frame type 't', 'T', 'r' or 'R'" + c.found());
    }
    c.advance();
    boolean extended = type == 'T' || type == 'R';
    boolean remote = type == 'r' || type == 'R';
    int id = CanIds.parse(c, extended ? 8 : 3);
    int dlcAt = c.pos();
    int dlc = c.hexDigit("the DLC digit 0-8");
    if (dlc > CanFrame.MAX_DLC) {
      throw c.error(
          Reason.LENGTH,
          dlcAt,
          "DLC "
              + Integer.toHexString(dlc).toUpperCase()
              + " at offset "
              + dlcAt
              + " exceeds 8 (CAN FD is not supported)");
    }
    CanFrame frame;
    if (remote) {
      frame = CanFrame.remote(id, extended, dlc);
    } else {
      frame = new CanFrame(id, extended, false, dlc, data(c, dlc));
    }
    return new CanLine(
        CanLineFormat.SLCAN, frame, Optional.empty(), Optional.empty(), timestamp(c, dlc));
  }

  private static byte[] data(LineCursor c, int dlc) throws BmsProtocolException {
    if (c.remaining() < 2 * dlc) {
      throw c.error(
          Reason.LENGTH,
          c.pos(),
          "DLC "
              + dlc
              + " needs "
              + 2 * dlc
              + " data hex digits from offset "
              + c.pos()
              + ", line has "
              + c.remaining());
    }
    byte[] data = new byte[dlc];
    for (int i = 0; i < dlc; i++) {
      data[i] = (byte) c.hex(2, "data byte " + i);
    }
    return data;
  }

  private static OptionalInt timestamp(LineCursor c, int dlc) throws BmsProtocolException {
    if (c.atEnd()) {
      return OptionalInt.empty();
    }
    if (c.remaining() != 4) {
      throw c.error(
          Reason.SYNTAX,
          c.pos(),
          "expected end of line or a 4-hex-digit timestamp after the "
              + dlc
              + " data bytes at offset "
              + c.pos()
              + ", found "
              + c.remaining()
              + " more characters (is the DLC right?)");
    }
    return OptionalInt.of((int) c.hex(4, "a timestamp digit"));
  }
}
