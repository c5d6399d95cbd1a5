package io.solargw.protocol.bms.canline.internal;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.BmsProtocolException.Reason;
import java.nio.charset.StandardCharsets;

/**
 * Reads one text line left to right and turns every mistake into a {@link BmsProtocolException}
 * naming the character offset (0-based, in the line as given) and what was expected there. Trailing
 * CR and LF characters are not part of the line's content.
 */
public final class LineCursor {

  private final String line;
  private final int end;
  private int pos;

  /** A cursor at offset 0 of {@code line}. */
  public LineCursor(String line) {
    this.line = line;
    int e = line.length();
    while (e > 0 && (line.charAt(e - 1) == '\r' || line.charAt(e - 1) == '\n')) {
      e--;
    }
    this.end = e;
  }

  /** Current offset. */
  public int pos() {
    return pos;
  }

  /** Characters left before the end of the content. */
  public int remaining() {
    return end - pos;
  }

  /** True at the end of the content. */
  public boolean atEnd() {
    return pos >= end;
  }

  /** True at the end or on a space or tab. */
  public boolean atBlankOrEnd() {
    return atEnd() || isBlank(line.charAt(pos));
  }

  /** The character at the cursor; call only when not {@link #atEnd()}. */
  public char peek() {
    return line.charAt(pos);
  }

  /** The character {@code ahead} places after the cursor, or 0 past the end. */
  public char peek(int ahead) {
    return pos + ahead < end ? line.charAt(pos + ahead) : 0;
  }

  /** Moves one character on. */
  public void advance() {
    pos++;
  }

  /** Skips spaces and tabs; returns how many. */
  public int skipBlanks() {
    int start = pos;
    while (!atEnd() && isBlank(line.charAt(pos))) {
      pos++;
    }
    return pos - start;
  }

  /** Skips at least one blank, or fails naming {@code before} (what must follow the blank). */
  public void requireBlanks(String before) throws BmsProtocolException {
    if (skipBlanks() == 0) {
      throw error(Reason.SYNTAX, pos, "expected a space before " + before + found());
    }
  }

  /** Consumes {@code expected}, or fails naming {@code what}. */
  public void expect(char expected, String what) throws BmsProtocolException {
    if (atEnd() || peek() != expected) {
      throw error(Reason.SYNTAX, pos, "expected '" + expected + "' (" + what + ")" + found());
    }
    pos++;
  }

  /** The characters up to the next blank or the end, consumed. */
  public String token() {
    int start = pos;
    while (!atBlankOrEnd()) {
      pos++;
    }
    return line.substring(start, pos);
  }

  /** The text from {@code start} up to the cursor. */
  public String token(int start) {
    return line.substring(start, pos);
  }

  /** Length of the token at the cursor (up to the next blank or the end), not consumed. */
  public int tokenLength() {
    int i = pos;
    while (i < end && !isBlank(line.charAt(i))) {
      i++;
    }
    return i - pos;
  }

  /** Offset of the next {@code ch} before a blank or the end, or -1. */
  public int findInToken(char ch) {
    for (int i = pos; i < end && !isBlank(line.charAt(i)); i++) {
      if (line.charAt(i) == ch) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Consumes one hex digit.
   *
   * @throws BmsProtocolException {@code NON_HEX} on another character, {@code SYNTAX} at the end
   */
  public int hexDigit(String what) throws BmsProtocolException {
    if (atBlankOrEnd()) {
      throw error(Reason.SYNTAX, pos, "expected " + what + found());
    }
    int v = hexValue(peek());
    if (v < 0) {
      throw error(Reason.NON_HEX, pos, "expected " + what + " (hex digit)" + found());
    }
    pos++;
    return v;
  }

  /** Consumes {@code digits} hex digits as one unsigned number. */
  public long hex(int digits, String what) throws BmsProtocolException {
    long v = 0;
    for (int i = 0; i < digits; i++) {
      v = v << 4 | hexDigit(what);
    }
    return v;
  }

  /** ", found 'x' at offset n" for the current position. */
  public String found() {
    return " at offset " + pos + ", found " + describeAt(pos);
  }

  /** An exception carrying this line. */
  public BmsProtocolException error(Reason reason, int offset, String message) {
    return new BmsProtocolException(
        reason, offset, message, line.getBytes(StandardCharsets.ISO_8859_1));
  }

  private String describeAt(int offset) {
    if (offset >= end) {
      return "end of line";
    }
    char ch = line.charAt(offset);
    if (ch == ' ') {
      return "a space";
    }
    if (ch == '\t') {
      return "a tab";
    }
    if (ch < ' ' || ch > '~') {
      return String.format("character U+%04X", (int) ch);
    }
    return "'" + ch + "'";
  }

  /** 0..15 for '0'-'9', 'A'-'F', 'a'-'f' (ASCII only), otherwise -1. */
  public static int hexValue(char ch) {
    if (ch >= '0' && ch <= '9') {
      return ch - '0';
    }
    if (ch >= 'A' && ch <= 'F') {
      return ch - 'A' + 10;
    }
    if (ch >= 'a' && ch <= 'f') {
      return ch - 'a' + 10;
    }
    return -1;
  }

  private static boolean isBlank(char ch) {
    return ch == ' ' || ch == '\t';
  }
}
