package io.solargw.protocol.bms.pace;

import static org.assertj.core.api.Assertions.fail;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.BmsProtocolException.Reason;
import io.solargw.protocol.bms.pace.ParseResult.FrameReceived;
import io.solargw.protocol.bms.pace.ParseResult.NeedMoreBytes;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Changing any single byte of a valid vector frame (every bit flip, and every other hex digit and a
 * few special bytes in its place) yields a specific frame-level reason, never a value.
 */
class ByteFlipTest {

  private static final byte[] REPLACEMENTS = "09Aaf~\r\u0000".getBytes(StandardCharsets.ISO_8859_1);

  static Stream<Map<String, Object>> validFrames() {
    return Vectors.everyFrame().stream().filter(v -> isValid((String) v.get("frame")));
  }

  private static boolean isValid(String printed) {
    try {
      FrameCodec.decode(Vectors.wire(printed));
      return true;
    } catch (BmsProtocolException e) {
      return false;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validFrames")
  void everySingleByteChangeIsASpecificError(Map<String, Object> v) {
    byte[] wire = Vectors.wire((String) v.get("frame"));
    for (int i = 0; i < wire.length; i++) {
      for (int bit = 0; bit < 8; bit++) {
        check(v.get("id") + " bit " + bit + " of byte " + i, wire, i, wire[i] ^ (1 << bit), true);
      }
      for (byte r : REPLACEMENTS) {
        if (r != wire[i]) {
          check(v.get("id") + " byte " + i + " = " + (r & 0xFF), wire, i, r, false);
        }
      }
    }
  }

  private static void check(String as, byte[] wire, int at, int value, boolean viaParser) {
    byte[] changed = wire.clone();
    changed[at] = (byte) value;
    try {
      Frame f = FrameCodec.decode(changed);
      fail(as + " was decoded as " + f);
    } catch (BmsProtocolException e) {
      if (!allowed(at, wire.length).contains(e.reason()) || !e.getMessage().contains("offset")) {
        fail(as + ": unexpected " + e.reason() + ": " + e.getMessage());
      }
    }
    if (!viaParser) {
      return;
    }
    StreamParser parser = new StreamParser();
    parser.feed(changed);
    for (int guard = 0; guard < 100; guard++) {
      ParseResult r = parser.next();
      if (r instanceof FrameReceived) {
        fail(as + " came out of the stream parser as a frame");
      }
      if (r instanceof NeedMoreBytes) {
        break;
      }
    }
    if (parser.timeout() instanceof FrameReceived) {
      fail(as + " came out of the stream parser at the timeout");
    }
  }

  /** The reasons a change at {@code at} can legitimately produce. */
  private static Set<Reason> allowed(int at, int length) {
    if (at == 0) {
      return EnumSet.of(Reason.MISSING_SOI);
    }
    if (at == length - 1) {
      return EnumSet.of(Reason.MISSING_EOI, Reason.TRAILING_DATA, Reason.LENGTH);
    }
    if (at >= 9 && at <= 12) {
      return EnumSet.of(
          Reason.LCHKSUM,
          Reason.NON_HEX,
          Reason.CHECKSUM,
          Reason.TRUNCATED,
          Reason.LENGTH,
          Reason.ODD_LENGTH);
    }
    EnumSet<Reason> hex = EnumSet.of(Reason.NON_HEX, Reason.CHECKSUM, Reason.LENGTH);
    if (at < FrameCodec.INFO_OFFSET) {
      hex.add(Reason.TRUNCATED);
    }
    return hex;
  }
}
