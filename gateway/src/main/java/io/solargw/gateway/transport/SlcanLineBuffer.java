package io.solargw.gateway.transport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Splits the byte stream of an SLCAN adapter into replies: a line ended by CR (a frame such as
 * {@code t351...}, or an empty line = "OK"), a BEL (0x07 = "error"), or an overlong run without a
 * terminator (noise, wrong baud rate), after which it resynchronises on the next CR. LF is ignored,
 * for adapters that end lines with CR LF.
 */
final class SlcanLineBuffer {

  /** The longest SLCAN line: 'T', 8 id digits, DLC, 16 data digits, 4 timestamp digits. */
  static final int MAX_LINE = 30;

  private static final byte CR = '\r';
  private static final byte BEL = 0x07;
  private static final byte LF = '\n';

  /** One reply of the adapter. */
  sealed interface Token {}

  /** A CR-terminated line without the CR; empty for an "OK" reply. */
  record Line(String text) implements Token {}

  /** A BEL: the adapter refused the last command. */
  record Bell() implements Token {}

  /** More than {@link #MAX_LINE} characters without a terminator were dropped. */
  record Overlong(int dropped) implements Token {}

  private final byte[] buf = new byte[4096];
  private int start;
  private int end;
  private boolean discarding;

  /** Reads what the link has (waiting at most {@code timeoutMillis}); returns the count read. */
  int fill(Link link, int timeoutMillis) throws IOException {
    if (start > 0) {
      System.arraycopy(buf, start, buf, 0, end - start);
      end -= start;
      start = 0;
    }
    int n = link.read(buf, end, buf.length - end, Math.max(1, timeoutMillis));
    end += n;
    return n;
  }

  /** The next complete reply, or null when more bytes are needed. */
  Token next() {
    while (true) {
      int i = start;
      while (i < end && buf[i] != CR && buf[i] != BEL) {
        i++;
      }
      if (i == end) {
        return unterminated();
      }
      if (discarding) {
        discarding = false;
        start = buf[i] == CR ? i + 1 : i;
        continue;
      }
      if (i == start && buf[i] == BEL) {
        start++;
        return new Bell();
      }
      String text = text(start, i);
      start = buf[i] == CR ? i + 1 : i; // a BEL after text is the next token
      if (text.isEmpty() && buf[i] == BEL) {
        continue; // only LFs before the BEL
      }
      return new Line(text);
    }
  }

  private Token unterminated() {
    int pending = end - start;
    if (discarding) {
      start = end;
      return null;
    }
    if (pending > MAX_LINE + 2) { // + CR LF slack
      start = end;
      discarding = true;
      return new Overlong(pending);
    }
    return null;
  }

  private String text(int from, int to) {
    StringBuilder sb = new StringBuilder(to - from);
    for (int k = from; k < to; k++) {
      if (buf[k] != LF) {
        sb.append((char) (buf[k] & 0xFF));
      }
    }
    return sb.toString();
  }

  /** Drops everything buffered (after a reconnect). */
  void clear() {
    start = 0;
    end = 0;
    discarding = false;
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
