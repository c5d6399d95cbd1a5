package io.solargw.protocol.bms.pace;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.BmsProtocolException.Reason;
import io.solargw.protocol.bms.pace.ParseResult.FrameReceived;
import io.solargw.protocol.bms.pace.ParseResult.NeedMoreBytes;
import io.solargw.protocol.bms.pace.ParseResult.SkipCause;
import io.solargw.protocol.bms.pace.ParseResult.Skipped;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every vector through the stream parser, in every chunk size, behind garbage and an echo. */
class StreamParserTest {

  /** Noise a bus produces before an answer: CR/LF, binary junk, broken frame starts. */
  private static final byte[] GARBAGE = bytes("\r\n\u0000\u00ffxx~25\r~zz~2501460~25014600F07A00");

  private static final byte[] ECHO = Vectors.wire("~25014642E00201FD30");

  static Stream<Map<String, Object>> frames() {
    return Vectors.everyFrame().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("frames")
  void everyChunkSizeYieldsTheSameOutcome(Map<String, Object> v) {
    String id = (String) v.get("id");
    boolean truncated = "N7".equals(id);
    byte[] frame =
        truncated ? bytes((String) v.get("frame")) : Vectors.wire((String) v.get("frame"));
    boolean request = id.startsWith("R") || "N8".equals(id);
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes(GARBAGE);
    if (!request) {
      input.writeBytes(ECHO);
    }
    input.writeBytes(frame);
    byte[] all = input.toByteArray();
    Optional<Reason> expectedError = expectedError(frame, truncated);
    for (int chunk = 1; chunk <= all.length; chunk++) {
      StreamParser parser = new StreamParser();
      parser.expectResponseTo(request ? null : ECHO);
      List<ParseResult> results = new ArrayList<>();
      for (int at = 0; at < all.length; at += chunk) {
        parser.feed(all, at, Math.min(chunk, all.length - at));
        drain(parser, results);
      }
      results.add(parser.timeout());
      String as = id + " in chunks of " + chunk;
      List<FrameReceived> received =
          results.stream()
              .filter(FrameReceived.class::isInstance)
              .map(FrameReceived.class::cast)
              .toList();
      Skipped last =
          results.stream()
              .filter(Skipped.class::isInstance)
              .map(Skipped.class::cast)
              .reduce((a, b) -> b)
              .orElseThrow();
      if (expectedError.isEmpty()) {
        assertThat(received).as(as).hasSize(1);
        assertThat(received.get(0).wire()).as(as).isEqualTo(frame);
      } else {
        assertThat(received).as(as).isEmpty();
        assertThat(last.reason()).as(as).isEqualTo(expectedError);
      }
      long echoes =
          results.stream()
              .filter(r -> r instanceof Skipped s && s.cause() == SkipCause.ECHO)
              .count();
      assertThat(echoes).as(as).isEqualTo(request ? 0 : 1);
      assertThat(accounted(results))
          .as(as + ": every byte returned or skipped")
          .isEqualTo(all.length);
    }
  }

  private static Optional<Reason> expectedError(byte[] frame, boolean truncated) {
    if (truncated) {
      return Optional.of(Reason.TRUNCATED);
    }
    try {
      FrameCodec.decode(frame);
      return Optional.empty();
    } catch (BmsProtocolException e) {
      return Optional.of(e.reason());
    }
  }

  private static void drain(StreamParser parser, List<ParseResult> out) {
    for (int guard = 0; guard < 10_000; guard++) {
      ParseResult r = parser.next();
      if (r instanceof NeedMoreBytes) {
        return;
      }
      out.add(r);
    }
    throw new AssertionError("parser did not settle");
  }

  private static int accounted(List<ParseResult> results) {
    int n = 0;
    for (ParseResult r : results) {
      if (r instanceof FrameReceived f) {
        n += f.wire().length;
      } else if (r instanceof Skipped s) {
        n += s.bytes().length;
      }
    }
    return n;
  }

  @Test
  void severalFramesInOneReadComeOutInOrder() {
    byte[] a = Vectors.wire((String) Vectors.byId("V1").get("frame"));
    byte[] b = Vectors.wire((String) Vectors.byId("W1").get("frame"));
    StreamParser parser = new StreamParser();
    ByteArrayOutputStream both = new ByteArrayOutputStream();
    both.writeBytes(a);
    both.writeBytes(bytes("\r\n"));
    both.writeBytes(b);
    parser.feed(both.toByteArray());
    List<ParseResult> results = new ArrayList<>();
    drain(parser, results);
    assertThat(results).hasSize(3);
    assertThat(((FrameReceived) results.get(0)).wire()).isEqualTo(a);
    assertThat(((Skipped) results.get(1)).cause()).isEqualTo(SkipCause.NOISE);
    assertThat(((FrameReceived) results.get(2)).wire()).isEqualTo(b);
  }

  @Test
  void aFrameCutShortByANewSoiIsTruncatedAndTheNextFrameStillArrives() {
    String v1 = (String) Vectors.byId("V1").get("frame");
    byte[] cut = bytes(v1.substring(0, 60));
    byte[] whole = Vectors.wire(v1);
    StreamParser parser = new StreamParser();
    parser.feed(cut);
    parser.feed(whole);
    List<ParseResult> results = new ArrayList<>();
    drain(parser, results);
    Skipped s = (Skipped) results.get(0);
    assertThat(s.cause()).isEqualTo(SkipCause.TRUNCATED);
    assertThat(s.bytes()).isEqualTo(cut);
    assertThat(s.message()).startsWith("frame truncated at offset 60");
    assertThat(((FrameReceived) results.get(1)).wire()).isEqualTo(whole);
  }

  @Test
  void lowerCaseHexIsAcceptedWithTheChecksumOverTheCharactersReceived() throws Exception {
    String upper = (String) Vectors.byId("V2").get("frame");
    String body = upper.substring(0, upper.length() - 4).toLowerCase();
    int sum = 0;
    for (char c : body.substring(1).toCharArray()) {
      sum += c;
    }
    String lower = body + String.format("%04x", (-sum) & 0xFFFF);
    Frame frame = FrameCodec.decode(Vectors.wire(lower));
    assertThat(frame).isEqualTo(FrameCodec.decode(Vectors.wire(upper)));
    StreamParser parser = new StreamParser();
    parser.feed(Vectors.wire(lower));
    assertThat(parser.next()).isInstanceOf(FrameReceived.class);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }
}
