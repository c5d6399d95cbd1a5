package io.solargw.protocol.bms.canline.internal;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.BmsProtocolException.Reason;
import io.solargw.protocol.bms.canline.CanLine;
import io.solargw.protocol.bms.canline.CanLineFormat;
import io.solargw.protocol.bms.pylon.CanFrame;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * candump log lines {@code (1700000000.123456) can0 351#1402740E740ECC01} and compact lines {@code
 * can0 351#...} / {@code 351#...} (can-utils lib.c parse_canframe / sprint_canframe).
 *
 * <p>Frame token: 3 (standard) or 8 (extended) hex id digits, '#', then data hex pairs (0-8 bytes,
 * an optional '.' between bytes as cansend allows), or {@code R} plus an optional DLC digit for a
 * remote frame. {@code ##} (CAN FD), {@code ###} (CAN XL) and the {@code _} len8_dlc suffix are
 * rejected. A trailing {@code T}/{@code R} direction token (candump -x) is accepted and ignored.
 */
public final class CandumpSyntax {

  private CandumpSyntax() {}

  /** Parses a log line: timestamp, interface, frame. */
  public static CanLine parseLog(String line) throws BmsProtocolException {
    LineCursor c = new LineCursor(line);
    c.skipBlanks();
    BigDecimal ts = timestamp(c);
    c.requireBlanks("the interface name");
    String iface = interfaceName(c);
    c.requireBlanks("the frame (id#data)");
    CanFrame frame = frame(c);
    tail(c);
    return new CanLine(
        CanLineFormat.CANDUMP_LOG, frame, Optional.of(iface), Optional.of(ts), OptionalInt.empty());
  }

  /** Parses a compact line: optional interface, frame. */
  public static CanLine parseCompact(String line) throws BmsProtocolException {
    LineCursor c = new LineCursor(line);
    c.skipBlanks();
    Optional<String> iface = Optional.empty();
    if (c.findInToken('#') < 0) {
      iface = Optional.of(interfaceName(c));
      c.requireBlanks("the frame (id#data)");
    }
    CanFrame frame = frame(c);
    tail(c);
    return new CanLine(
        CanLineFormat.CANDUMP_COMPACT, frame, iface, Optional.empty(), OptionalInt.empty());
  }

  /** Reads {@code (seconds.fraction)}; candump writes {@code %010lu.%06lu}. */
  static BigDecimal timestamp(LineCursor c) throws BmsProtocolException {
    int start = c.pos();
    c.expect('(', "start of the timestamp");
    StringBuilder sb = new StringBuilder();
    digits(c, sb);
    if (!c.atEnd() && c.peek() == '.') {
      c.advance();
      sb.append('.');
      digits(c, sb);
    }
    if (c.atEnd() || c.peek() != ')') {
      throw c.error(
          Reason.SYNTAX,
          c.pos(),
          "expected ')' closing the timestamp opened at offset "
              + start
              + " (seconds like 1700000000.123456)"
              + c.found());
    }
    c.advance();
    return new BigDecimal(sb.toString());
  }

  /** Reads an interface name: one token without '#'. */
  static String interfaceName(LineCursor c) throws BmsProtocolException {
    int start = c.pos();
    if (c.atBlankOrEnd()) {
      throw c.error(Reason.SYNTAX, start, "expected an interface name such as can0" + c.found());
    }
    int hash = c.findInToken('#');
    if (hash >= 0) {
      throw c.error(
          Reason.SYNTAX,
          hash,
          "expected an interface name such as can0 at offset "
              + start
              + ", found '#' at offset "
              + hash);
    }
    if (c.peek() == '(') {
      throw c.error(
          Reason.SYNTAX,
          start,
          "expected an interface name such as can0, found '(' at offset " + start);
    }
    while (!c.atBlankOrEnd()) {
      char ch = c.peek();
      if (ch <= ' ' || ch >= 0x7F) {
        throw c.error(
            Reason.SYNTAX, c.pos(), "interface name may only hold printable ASCII" + c.found());
      }
      c.advance();
    }
    return c.token(start);
  }

  /** Reads an {@code id#data} token. */
  static CanFrame frame(LineCursor c) throws BmsProtocolException {
    int start = c.pos();
    int hash = c.findInToken('#');
    if (hash < 0) {
      throw c.error(
          Reason.SYNTAX,
          start,
          "expected a frame id#data at offset "
              + start
              + ", found '"
              + c.token()
              + "' without '#'");
    }
    int digits = hash - start;
    if (digits != 3 && digits != 8) {
      throw c.error(
          Reason.SYNTAX,
          start,
          "CAN id at offset "
              + start
              + " must have 3 (11-bit) or 8 (29-bit) hex digits, found "
              + digits);
    }
    int id = CanIds.parse(c, digits);
    boolean extended = digits == 8;
    c.advance();
    if (!c.atEnd() && c.peek() == '#') {
      throw c.error(
          Reason.SYNTAX,
          c.pos() - 1,
          "CAN FD/XL frame ('##' at offset "
              + (c.pos() - 1)
              + ") is not supported: Pylontech batteries use classic CAN 2.0");
    }
    if (!c.atEnd() && (c.peek() == 'R' || c.peek() == 'r')) {
      c.advance();
      int dlc = c.atBlankOrEnd() ? 0 : dlcDigit(c);
      return CanFrame.remote(id, extended, dlc);
    }
    byte[] data = data(c);
    return new CanFrame(id, extended, false, data.length, data);
  }

  private static byte[] data(LineCursor c) throws BmsProtocolException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8);
    while (!c.atBlankOrEnd()) {
      if (c.peek() == '.' && out.size() > 0) {
        c.advance();
      } else if (c.peek() == '_') {
        throw c.error(
            Reason.SYNTAX,
            c.pos(),
            "len8_dlc suffix '_' at offset " + c.pos() + " is not supported");
      }
      int at = c.pos();
      int high = c.hexDigit("a data hex digit");
      if (c.atBlankOrEnd()) {
        throw c.error(
            Reason.ODD_LENGTH,
            at,
            "odd number of data hex digits: byte at offset " + at + " has only one digit");
      }
      int low = c.hexDigit("the second hex digit of a data byte");
      if (out.size() == CanFrame.MAX_DLC) {
        throw c.error(Reason.LENGTH, at, "more than 8 data bytes: byte 9 starts at offset " + at);
      }
      out.write(high << 4 | low);
    }
    return out.toByteArray();
  }

  private static int dlcDigit(LineCursor c) throws BmsProtocolException {
    int at = c.pos();
    int dlc = c.hexDigit("the remote frame DLC digit 0-8");
    if (dlc > CanFrame.MAX_DLC || !c.atBlankOrEnd()) {
      throw c.error(
          Reason.LENGTH, at, "remote frame DLC at offset " + at + " must be one digit 0-8");
    }
    return dlc;
  }

  private static void tail(LineCursor c) throws BmsProtocolException {
    c.skipBlanks();
    boolean direction = !c.atEnd() && (c.peek() == 'T' || c.peek() == 'R');
    if (direction && (c.peek(1) == 0 || c.peek(1) == ' ' || c.peek(1) == '\t')) {
      c.advance();
      c.skipBlanks();
    }
    if (!c.atEnd()) {
      throw c.error(Reason.SYNTAX, c.pos(), "expected end of line after the frame" + c.found());
    }
  }

  private static void digits(LineCursor c, StringBuilder sb) throws BmsProtocolException {
    int before = sb.length();
    while (!c.atEnd() && c.peek() >= '0' && c.peek() <= '9') {
      sb.append(c.peek());
      c.advance();
    }
    if (sb.length() == before) {
      throw c.error(
          Reason.SYNTAX,
          c.pos(),
          "expected decimal digits of the timestamp (seconds like 1700000000.123456)" + c.found());
    }
  }
}
