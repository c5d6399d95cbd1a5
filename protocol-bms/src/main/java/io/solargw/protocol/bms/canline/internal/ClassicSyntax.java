package io.solargw.protocol.bms.canline.internal;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.BmsProtocolException.Reason;
import io.solargw.protocol.bms.canline.CanLine;
import io.solargw.protocol.bms.canline.CanLineFormat;
import io.solargw.protocol.bms.pylon.CanFrame;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * candump's default screen output (can-utils lib.c sprint_long_canframe): {@code [(ts)] iface id
 * [dlc] b0 b1 ...}, e.g. {@code can0 351 [8] 14 02 74 0E 74 0E CC 01}.
 *
 * <p>Id: 3 or 8 hex digits; {@code [n]} one digit 0-8 ({@code [08]}, two digits, is CAN FD and
 * rejected); then exactly n data bytes as 2-digit hex tokens, or {@code remote request}; then
 * optionally the ASCII column of {@code candump -a} ({@code 'PYLON '}), which is ignored.
 */
public final class ClassicSyntax {

  private ClassicSyntax() {}

  /** Parses a classic candump line. */
  public static CanLine parse(String line) throws BmsProtocolException {
    LineCursor c = new LineCursor(line);
    c.skipBlanks();
    Optional<BigDecimal> ts = Optional.empty();
    if (!c.atEnd() && c.peek() == '(') {
      ts = Optional.of(CandumpSyntax.timestamp(c));
      c.requireBlanks("the interface name");
    }
    String iface = CandumpSyntax.interfaceName(c);
    c.requireBlanks("the CAN id");
    int idStart = c.pos();
    int digits = c.tokenLength();
    if (digits != 3 && digits != 8) {
      throw c.error(
          Reason.SYNTAX,
          idStart,
          "CAN id at offset "
              + idStart
              + " must have 3 (11-bit) or 8 (29-bit) hex digits, found "
              + digits
              + " characters");
    }
    int id = CanIds.parse(c, digits);
    c.requireBlanks("the DLC in brackets like [8]");
    int dlc = dlc(c);
    c.skipBlanks();
    CanFrame frame;
    if (line.startsWith("remote request", c.pos())) {
      for (int i = 0; i < "remote request".length(); i++) {
        c.advance();
      }
      frame = CanFrame.remote(id, digits == 8, dlc);
    } else {
      byte[] data = data(c, dlc);
      frame = new CanFrame(id, digits == 8, false, dlc, data);
    }
    asciiColumn(c);
    return new CanLine(
        CanLineFormat.CANDUMP_CLASSIC, frame, Optional.of(iface), ts, OptionalInt.empty());
  }

  private static int dlc(LineCursor c) throws BmsProtocolException {
    c.expect('[', "the DLC in brackets like [8]");
    int at = c.pos();
    int dlc = c.hexDigit("the DLC digit 0-8");
    if (!c.atEnd() && LineCursor.hexValue(c.peek()) >= 0) {
      throw c.error(
          Reason.SYNTAX,
          at,
          "two-digit length at offset " + at + " is CAN FD output, which is not supported");
    }
    if (dlc > CanFrame.MAX_DLC) {
      throw c.error(Reason.LENGTH, at, "DLC " + dlc + " at offset " + at + " exceeds 8");
    }
    c.expect(']', "end of the DLC");
    return dlc;
  }

  private static byte[] data(LineCursor c, int dlc) throws BmsProtocolException {
    byte[] data = new byte[dlc];
    for (int i = 0; i < dlc; i++) {
      if (c.atEnd() || c.peek() == '\'') {
        throw c.error(
            Reason.LENGTH,
            c.pos(),
            "DLC "
                + dlc
                + " announces "
                + dlc
                + " data bytes, line has "
                + i
                + " (offset "
                + c.pos()
                + ")");
      }
      data[i] = (byte) c.hex(2, "data byte " + i);
      if (!c.atBlankOrEnd()) {
        throw c.error(Reason.SYNTAX, c.pos(), "expected a space after data byte " + i + c.found());
      }
      c.skipBlanks();
    }
    if (!c.atEnd() && LineCursor.hexValue(c.peek()) >= 0) {
      throw c.error(
          Reason.LENGTH,
          c.pos(),
          "more data bytes than DLC " + dlc + ": extra byte at offset " + c.pos());
    }
    return data;
  }

  private static void asciiColumn(LineCursor c) throws BmsProtocolException {
    c.skipBlanks();
    if (c.atEnd()) {
      return;
    }
    int start = c.pos();
    if (c.peek() == '\'' && c.remaining() >= 2) {
      while (c.remaining() > 1) {
        c.advance();
      }
      if (c.peek() == '\'') {
        c.advance();
        return;
      }
    }
    throw c.error(
        Reason.SYNTAX,
        start,
        "expected end of line or the 'ASCII' column after the data at offset " + start);
  }
}
