package io.solargw.protocol.bms.pace;

import static io.solargw.protocol.bms.BmsProtocolException.Reason.CHECKSUM;
import static io.solargw.protocol.bms.BmsProtocolException.Reason.LCHKSUM;
import static io.solargw.protocol.bms.BmsProtocolException.Reason.LENGTH;
import static io.solargw.protocol.bms.BmsProtocolException.Reason.MISSING_EOI;
import static io.solargw.protocol.bms.BmsProtocolException.Reason.MISSING_SOI;
import static io.solargw.protocol.bms.BmsProtocolException.Reason.NON_HEX;
import static io.solargw.protocol.bms.BmsProtocolException.Reason.ODD_LENGTH;
import static io.solargw.protocol.bms.BmsProtocolException.Reason.TRAILING_DATA;
import static io.solargw.protocol.bms.BmsProtocolException.Reason.TRUNCATED;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.BmsProtocolException.Reason;
import io.solargw.protocol.bms.pace.internal.Hex;
import java.nio.charset.StandardCharsets;

/**
 * Encodes and decodes whole ASCII frames, verifying both checksums.
 *
 * <p>Character offsets (0-based): SOI 0, VER 1-2, ADR 3-4, CID1 5-6, CID2/RTN 7-8, LENGTH 9-12,
 * INFO from 13, CHKSUM at 13+LENID, EOI at 17+LENID; total LENID + 18 characters (bms.md §1.2).
 * LCHKSUM = two's complement of the sum of LENID's three nibbles, mod 16 (§1.4); CHKSUM = two's
 * complement of the sum of the ASCII codes between SOI and CHKSUM, mod 65536 (§1.5). Lower-case hex
 * is accepted; the checksum is computed over the characters exactly as received. Error offsets are
 * character offsets in the frame.
 */
public final class FrameCodec {

  /** Start of frame, sent raw. */
  public static final byte SOI = '~';

  /** End of frame (CR), sent raw. */
  public static final byte EOI = '\r';

  /** Characters of a frame besides INFO: SOI, 12 header, 4 CHKSUM, EOI. */
  public static final int OVERHEAD_CHARS = 18;

  /** Offset of the first INFO character. */
  public static final int INFO_OFFSET = 13;

  private static final String[] HEADER_FIELDS = {
    "VER", "ADR", "CID1", "CID2/RTN", "LENGTH", "LENGTH"
  };

  // Letter-case classes of hex digits seen in a range of the frame.
  private static final int NONE = 0;
  private static final int UPPER = 1;
  private static final int LOWER = 2;
  private static final int MIXED = 3;

  private FrameCodec() {}

  /** LCHKSUM for a 12-bit LENID: (16 - sum of its nibbles mod 16) mod 16 (PACE18 §2.3.4). */
  public static int lchksum(int lenid) {
    int sum = (lenid & 0xF) + ((lenid >> 4) & 0xF) + ((lenid >> 8) & 0xF);
    return (-sum) & 0xF;
  }

  /** CHKSUM over {@code chars[from..to)}: two's complement of the ASCII sum mod 65536. */
  public static int chksum(byte[] chars, int from, int to) {
    int sum = 0;
    for (int i = from; i < to; i++) {
      sum += chars[i] & 0xFF;
    }
    return (-sum) & 0xFFFF;
  }

  /** The wire form of {@code frame}: upper-case hex, zero-padded checksums, SOI and EOI. */
  public static byte[] encode(Frame frame) {
    int lenid = frame.infoLength() * 2;
    byte[] out = new byte[lenid + OVERHEAD_CHARS];
    out[0] = SOI;
    putByte(out, 1, frame.version());
    putByte(out, 3, frame.address());
    putByte(out, 5, frame.cid1());
    putByte(out, 7, frame.cid2());
    int length = (lchksum(lenid) << 12) | lenid;
    putByte(out, 9, length >> 8);
    putByte(out, 11, length);
    for (int i = 0; i < frame.infoLength(); i++) {
      putByte(out, INFO_OFFSET + 2 * i, frame.infoByte(i));
    }
    int end = INFO_OFFSET + lenid;
    int sum = chksum(out, 1, end);
    putByte(out, end, sum >> 8);
    putByte(out, end + 2, sum);
    out[end + 4] = EOI;
    return out;
  }

  private static void putByte(byte[] out, int at, int value) {
    out[at] = Hex.digit(value >> 4);
    out[at + 1] = Hex.digit(value);
  }

  /** Decodes a frame given as text (US-ASCII), e.g. {@code "~250146C10000FD9A\r"}. */
  public static Frame decode(String text) throws BmsProtocolException {
    return decode(text.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * Decodes one complete frame: SOI first, EOI last, nothing else around it.
   *
   * @throws BmsProtocolException with the reason and character offset of the first problem
   */
  public static Frame decode(byte[] wire) throws BmsProtocolException {
    checkHeader(wire);
    int length = hexByte(wire, 9) << 8 | hexByte(wire, 11);
    int lenid = length & 0xFFF;
    if (length >>> 12 != lchksum(lenid)) {
      throw error(
          LCHKSUM,
          9,
          String.format(
              "LCHKSUM mismatch at offset 9: LENGTH %04X says %X, computed %X for LENID 0x%03X",
              length, length >>> 12, lchksum(lenid), lenid),
          wire);
    }
    if (lenid % 2 != 0) {
      throw error(
          ODD_LENGTH,
          9,
          String.format("LENID 0x%03X at offset 9 is odd: INFO must be whole bytes", lenid),
          wire);
    }
    int total = lenid + OVERHEAD_CHARS;
    checkExtent(wire, lenid, total);
    int end = INFO_OFFSET + lenid;
    for (int i = INFO_OFFSET; i < end + 4; i++) {
      if (Hex.nibble(wire[i]) < 0) {
        throw nonHex(wire, i, i < end ? "INFO" : "CHKSUM");
      }
    }
    checkChecksum(wire, end);
    byte[] info = new byte[lenid / 2];
    for (int i = 0; i < info.length; i++) {
      info[i] = (byte) hexByte(wire, INFO_OFFSET + 2 * i);
    }
    return new Frame(hexByte(wire, 1), hexByte(wire, 3), hexByte(wire, 5), hexByte(wire, 7), info);
  }

  private static void checkHeader(byte[] wire) throws BmsProtocolException {
    if (wire.length == 0) {
      throw error(MISSING_SOI, 0, "no SOI '~' at offset 0: the input is empty", wire);
    }
    if (wire[0] != SOI) {
      throw error(
          MISSING_SOI,
          0,
          "no SOI '~' at offset 0: found '" + Hex.printable(new byte[] {wire[0]}) + "'",
          wire);
    }
    for (int i = 1; i < INFO_OFFSET; i++) {
      if (i >= wire.length || (wire[i] == EOI && i == wire.length - 1)) {
        throw error(
            TRUNCATED,
            i,
            "frame truncated at offset " + i + ": the header (VER..LENGTH) needs offsets 1-12",
            wire);
      }
      if (Hex.nibble(wire[i]) < 0) {
        throw nonHex(wire, i, HEADER_FIELDS[(i - 1) / 2]);
      }
    }
  }

  private static void checkExtent(byte[] wire, int lenid, int total) throws BmsProtocolException {
    int len = wire.length;
    int lastCr = lastIndexOf(wire, EOI);
    if (len < total) {
      if (lastCr == len - 1) {
        throw error(
            LENGTH,
            lastCr,
            String.format(
                "LENID 0x%03X says %d INFO characters but the CR at offset %d leaves %d",
                lenid, lenid, lastCr, lastCr - INFO_OFFSET - 4),
            wire);
      }
      throw error(
          TRUNCATED,
          len,
          String.format(
              "frame truncated at offset %d: LENID 0x%03X needs %d characters, got %d and no CR",
              len, lenid, total, len),
          wire);
    }
    if (wire[total - 1] == EOI) {
      if (len > total) {
        throw error(
            TRAILING_DATA,
            total,
            (len - total) + " byte(s) after the EOI at offset " + (total - 1),
            wire);
      }
      return;
    }
    if (lastCr > total - 1) {
      throw error(
          LENGTH,
          total - 1,
          String.format(
              "LENID 0x%03X says the frame ends at offset %d, but the CR is at offset %d"
                  + " (INFO would be %d characters)",
              lenid, total - 1, lastCr, lastCr - INFO_OFFSET - 4),
          wire);
    }
    throw error(
        MISSING_EOI,
        total - 1,
        "no EOI (CR) at offset "
            + (total - 1)
            + ": found '"
            + Hex.printable(new byte[] {wire[total - 1]})
            + "'",
        wire);
  }

  private static void checkChecksum(byte[] wire, int end) throws BmsProtocolException {
    int given = hexByte(wire, end) << 8 | hexByte(wire, end + 2);
    int computed = chksum(wire, 1, end);
    String said = new String(wire, end, 4, StandardCharsets.US_ASCII);
    if (given != computed) {
      throw error(
          CHECKSUM,
          end,
          String.format(
              "CHKSUM mismatch at offset %d: frame says %s, computed %04X", end, said, computed),
          wire);
    }
    // A flipped 0x20 bit turns 'A' into 'a' without changing the value, and CHKSUM is not
    // covered by itself: insist that it is written in one case, the case of the rest of the frame.
    int expectedCase = letterCase(wire, 1, end);
    int chkCase = letterCase(wire, end, end + 4);
    boolean bodyUniform = expectedCase == UPPER || expectedCase == LOWER;
    if (chkCase == MIXED || (bodyUniform && chkCase != NONE && chkCase != expectedCase)) {
      throw error(
          CHECKSUM,
          end,
          String.format(
              "CHKSUM at offset %d is written '%s', not in the letter case of the frame"
                  + " (computed %04X): a flipped bit is the likely cause",
              end, said, computed),
          wire);
    }
  }

  private static int letterCase(byte[] wire, int from, int to) {
    int seen = NONE;
    for (int i = from; i < to; i++) {
      if (wire[i] >= 'A' && wire[i] <= 'F') {
        seen |= UPPER;
      } else if (wire[i] >= 'a' && wire[i] <= 'f') {
        seen |= LOWER;
      }
    }
    return seen;
  }

  private static int lastIndexOf(byte[] wire, byte b) {
    for (int i = wire.length - 1; i >= 0; i--) {
      if (wire[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static int hexByte(byte[] wire, int at) {
    return Hex.nibble(wire[at]) << 4 | Hex.nibble(wire[at + 1]);
  }

  private static BmsProtocolException nonHex(byte[] wire, int at, String field) {
    return error(
        NON_HEX,
        at,
        String.format(
            "non-hex character '%s' (0x%02X) at offset %d in %s",
            Hex.printable(new byte[] {wire[at]}), wire[at] & 0xFF, at, field),
        wire);
  }

  private static BmsProtocolException error(Reason reason, int offset, String msg, byte[] wire) {
    return new BmsProtocolException(reason, offset, msg, wire);
  }
}
