package io.solargw.protocol.bms.pace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.BmsProtocolException.Reason;
import io.solargw.protocol.bms.pace.ParseResult.FrameReceived;
import io.solargw.protocol.bms.pace.ParseResult.NeedMoreBytes;
import io.solargw.protocol.bms.pace.ParseResult.SkipCause;
import io.solargw.protocol.bms.pace.ParseResult.Skipped;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The "other", "invalid" and W3 vectors: every expected field, every specific error. */
class OtherVectorTest {

  static Stream<Map<String, Object>> other() {
    return Vectors.section("other").stream();
  }

  /** The context of each "other" vector: its printed request, or the command its kind names. */
  static ResponseContext context(Map<String, Object> v) throws BmsProtocolException {
    if (v.containsKey("request")) {
      return ResponseContext.of(
          Request.fromFrame(FrameCodec.decode(Vectors.wire((String) v.get("request")))));
    }
    CommandCode command =
        switch ((String) v.get("kind")) {
          case "version" -> PaceCommand.SOFTWARE_VERSION;
          case "serial" -> PaceCommand.PRODUCT_INFO;
          case "pack_count" -> PaceCommand.PACK_COUNT;
          case "date_time" -> PaceCommand.DATE_TIME;
          case "ok" -> PaceCommand.SET_INVERTER_PROTOCOL;
          case "cell_ov_params" -> PaceCommand.CELL_OVER_VOLTAGE;
          case "inverter_protocol" -> PaceCommand.INVERTER_PROTOCOL;
          case "pylon_management" -> PylonCommand.MANAGEMENT_INFO;
          default -> throw new IllegalArgumentException("kind " + v.get("kind"));
        };
    Dialect d = command instanceof PylonCommand ? Dialect.PYLONTECH : Dialect.PACE;
    return ResponseContext.of(d, command);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("other")
  void otherVector(Map<String, Object> v) throws Exception {
    Frame frame = FrameCodec.decode(Vectors.wire((String) v.get("frame")));
    ResponseContext ctx = context(v);
    if ("refused".equals(v.get("kind"))) {
      BmsProtocolException e =
          catchThrowableOfType(
              BmsProtocolException.class, () -> ResponseDecoder.decode(frame, ctx));
      assertThat(e.reason()).isEqualTo(Reason.RETURN_CODE);
      assertThat(e.getMessage()).contains("RTN 0x09").contains("operation or write error");
      assertThat(e.offset()).isEqualTo(7);
      return;
    }
    Response r = ResponseDecoder.decode(frame, ctx);
    if ("O2".equals(v.get("id"))) {
      // Vector inconsistency (reported): O2 expects "P1812101380309D", but its INFO (LENID 0x050,
      // 40 bytes) starts with 0x31 '1'; the 0x50 the 'P' was read from is the low byte of LENGTH
      // "B050". The source test (nkinnan) expects "1812101380309D", which is what the layout gives.
      assertThat(v.get("expect")).isEqualTo(Map.of("text", "P1812101380309D"));
      assertThat(r.toMap()).containsEntry("text", "1812101380309D").containsEntry("pack_text", "");
      return;
    }
    VectorAssert.matches(r.toMap(), v.get("expect"), (String) v.get("id"));
  }

  @Test
  void o11KeepsTheRawValuesAndNamesThem() throws Exception {
    Frame frame = FrameCodec.decode(Vectors.wire((String) Vectors.byId("O11").get("frame")));
    Map<String, Object> m =
        ResponseDecoder.decode(
                frame, ResponseContext.of(Dialect.PACE, PaceCommand.CELL_OVER_VOLTAGE))
            .toMap();
    assertThat(m)
        .containsEntry("function_enabled", true)
        .containsEntry("alarm_mV", 3600)
        .containsEntry("protect_mV", 3700)
        .containsEntry("release_mV", 3380)
        .containsEntry("delay", 10)
        .containsEntry("delay_ms", 1000);
  }

  @Test
  void checksumErrorsNameTheComputedValue() {
    for (String id : new String[] {"N1", "N2", "N3"}) {
      Map<String, Object> v = Vectors.byId(id);
      Matcher m = Pattern.compile("computed ([0-9A-F]{4})").matcher((String) v.get("expect"));
      assertThat(m.find()).isTrue();
      BmsProtocolException e = decodeError((String) v.get("frame"));
      assertThat(e.reason()).as(id).isEqualTo(Reason.CHECKSUM);
      String printed = (String) v.get("frame");
      int at = printed.length() - 4;
      assertThat(e.getMessage())
          .as(id)
          .isEqualTo(
              "CHKSUM mismatch at offset "
                  + at
                  + ": frame says "
                  + printed.substring(at)
                  + ", computed "
                  + m.group(1));
      assertThat(e.offset()).isEqualTo(at);
    }
  }

  @Test
  void n5IsAReturnCodeErrorNamingTheCode() throws Exception {
    Frame frame = FrameCodec.decode(Vectors.wire((String) Vectors.byId("N5").get("frame")));
    for (ThrowingDecode d :
        new ThrowingDecode[] {
          () -> ResponseDecoder.decode(frame, PaceRequests.packCount(0)),
          () -> ResponseDecoder.decodeUnsolicited(frame)
        }) {
      BmsProtocolException e = catchThrowableOfType(BmsProtocolException.class, d::run);
      assertThat(e.reason()).isEqualTo(Reason.RETURN_CODE);
      assertThat(e.getMessage()).startsWith("RTN 0x04 (CID2 invalid / undefined) at offset 7");
    }
  }

  @Test
  void n6IsRejectedAsTheWrongProtocol() throws Exception {
    Frame frame = FrameCodec.decode(Vectors.wire((String) Vectors.byId("N6").get("frame")));
    for (ThrowingDecode d :
        new ThrowingDecode[] {
          () -> ResponseDecoder.decode(frame, PaceRequests.analog(0, 0)),
          () -> ResponseDecoder.decodeUnsolicited(frame)
        }) {
      BmsProtocolException e = catchThrowableOfType(BmsProtocolException.class, d::run);
      assertThat(e.reason()).isEqualTo(Reason.PROTOCOL);
      assertThat(e.getMessage()).contains("VER 0x22");
    }
  }

  @Test
  void n7WaitsForMoreBytesThenTimesOutAsTruncated() {
    byte[] n7 = ((String) Vectors.byId("N7").get("frame")).getBytes(StandardCharsets.US_ASCII);
    BmsProtocolException e = decodeError((String) Vectors.byId("N7").get("frame"), false);
    assertThat(e.reason()).isEqualTo(Reason.TRUNCATED);
    StreamParser parser = new StreamParser();
    parser.feed(n7);
    assertThat(parser.next()).isInstanceOf(NeedMoreBytes.class);
    ParseResult timeout = parser.timeout();
    assertThat(timeout).isInstanceOf(Skipped.class);
    Skipped s = (Skipped) timeout;
    assertThat(s.cause()).isEqualTo(SkipCause.TRUNCATED);
    assertThat(s.reason()).isEqualTo(Optional.of(Reason.TRUNCATED));
    assertThat(s.bytes()).isEqualTo(n7);
    assertThat(parser.buffered()).isZero();
  }

  @Test
  void n8EchoIsIgnoredWhileWaitingForTheAnswer() throws Exception {
    byte[] echo = Vectors.wire((String) Vectors.byId("N8").get("frame"));
    byte[] answer = Vectors.wire((String) Vectors.byId("V6").get("frame"));
    StreamParser parser = new StreamParser();
    parser.expectResponseTo(echo);
    parser.feed(echo);
    parser.feed(answer);
    ParseResult first = parser.next();
    assertThat(first).isInstanceOf(Skipped.class);
    assertThat(((Skipped) first).cause()).isEqualTo(SkipCause.ECHO);
    ParseResult second = parser.next();
    assertThat(second).isInstanceOf(FrameReceived.class);
    assertThat(((FrameReceived) second).wire()).isEqualTo(answer);
    assertThat(Request.fromFrame(FrameCodec.decode(echo)))
        .isEqualTo(PaceRequests.analog(0xFF, PaceRequests.ALL_PACKS));
  }

  /**
   * W3 is a 15-cell pack (V5, same pack at ADR 02) whose alarm block announces 16 cells. Read by
   * the documented layout the frame itself is consistent: M = 16 at INFO byte 2 puts N = 6 at INFO
   * byte 19, and LENID 0x04C is the classic 16S/6T length with no extra bytes (the vector's "17
   * zero bytes precede the temperature count" miscounts: there are 16). The mismatch is only
   * detectable against the pack's known cell count, which then gives a specific LAYOUT error.
   */
  @Test
  void w3IsALayoutErrorAgainstThePacksCellCount() throws Exception {
    Frame w3 = FrameCodec.decode(Vectors.wire((String) Vectors.byId("W3").get("frame")));
    Frame v5 = FrameCodec.decode(Vectors.wire((String) Vectors.byId("V5").get("frame")));
    AnalogResponse analog = (AnalogResponse) ResponseDecoder.decode(v5, PaceRequests.analog(0, 0));
    int cells = analog.blocks().get(0).cellMillivolts().size();
    assertThat(cells).isEqualTo(15);
    ResponseContext ctx = ResponseContext.of(PaceRequests.alarm(0, 0)).expectingCellCount(cells);
    BmsProtocolException e =
        catchThrowableOfType(BmsProtocolException.class, () -> ResponseDecoder.decode(w3, ctx));
    assertThat(e.reason()).isEqualTo(Reason.LAYOUT);
    assertThat(e.getMessage())
        .isEqualTo(
            "block 1 announces cell count 16 at offset 17 (INFO byte 2), but the pack has 15"
                + " cells: its per-cell values cannot be attributed");
    assertThat(e.offset()).isEqualTo(17);
    // Without that knowledge the frame decodes by the layout, unshifted: N = 6 where M puts it.
    AlarmResponse plain = (AlarmResponse) ResponseDecoder.decode(w3, PaceRequests.alarm(0, 0));
    assertThat(plain.blocks().get(0).cellCodes()).hasSize(16);
    assertThat(plain.blocks().get(0).temperatureCodes()).hasSize(6);
    assertThat(plain.blocks().get(0).extra()).isEmpty();
  }

  @Test
  void anAlarmBlockWithMoreThanFiveExtraBytesIsALayoutError() throws Exception {
    // W3's INFO with the temperature count byte zeroed: M = 16 then puts N = 0 at INFO byte 19,
    // and the block would leave 6 bytes over.
    byte[] info = FrameCodec.decode(Vectors.wire((String) Vectors.byId("W3").get("frame"))).info();
    info[19] = 0;
    Frame broken = new Frame(0x25, 2, 0x46, 0, info);
    BmsProtocolException e =
        catchThrowableOfType(
            BmsProtocolException.class,
            () -> ResponseDecoder.decode(broken, PaceRequests.alarm(0, 0)));
    assertThat(e.reason()).isEqualTo(Reason.LAYOUT);
    assertThat(e.getMessage())
        .isEqualTo(
            "alarm blocks do not fit INFO: cell count 16 at INFO byte 2 puts the temperature count"
                + " at INFO byte 19, which reads 0; the block then ends at INFO byte 32 but INFO has"
                + " 38 bytes (6 left over, allowed 0..5)");
    Response unsolicited = ResponseDecoder.decodeUnsolicited(broken);
    assertThat(unsolicited).isInstanceOf(RawResponse.class);
    assertThat(((RawResponse) unsolicited).note()).contains("6 left over");
  }

  @Test
  void v5AndR7EchoDecideThePackAddress() throws Exception {
    Frame v5 = FrameCodec.decode(Vectors.wire((String) Vectors.byId("V5").get("frame")));
    AnalogResponse a = (AnalogResponse) ResponseDecoder.decode(v5, PaceRequests.analog(0, 0));
    assertThat(a.addressing()).isEqualTo(PackAddressing.COMMAND_ECHO);
    assertThat(a.header().address()).isEqualTo(2);
    assertThat(a.packs()).extracting(PackAnalog::packAddress).containsExactly(0);
    // R7: the master asks slave 2 (ADR 02, INFO 02); its answer echoes 02 and is pack 2.
    Request r7 = Request.fromFrame(FrameCodec.decode(Vectors.wire("~25024642E00202FD2E")));
    AnalogResponse slave =
        new AnalogResponse(
            new ResponseHeader(0x25, 2, 0x46, Optional.of(PaceCommand.ANALOG)),
            Dialect.PACE,
            0,
            PackAddressing.COMMAND_ECHO,
            2,
            a.blocks());
    AnalogResponse back = (AnalogResponse) ResponseDecoder.decode(slave.toFrame(), r7);
    assertThat(back.packs()).extracting(PackAnalog::packAddress).containsExactly(2);
    assertThat(back).isEqualTo(slave);
    BmsProtocolException wrong =
        catchThrowableOfType(
            BmsProtocolException.class,
            () ->
                ResponseDecoder.decode(
                    slave.toFrame(), ResponseContext.of(r7).requiringAddress(3)));
    assertThat(wrong.reason()).isEqualTo(Reason.ADDRESS);
    assertThat(wrong.getMessage())
        .isEqualTo("answer from address 2 (ADR at offset 3), expected address 3");
  }

  private interface ThrowingDecode {
    void run() throws Exception;
  }

  private static BmsProtocolException decodeError(String printed) {
    return decodeError(printed, true);
  }

  private static BmsProtocolException decodeError(String printed, boolean withCr) {
    byte[] wire = withCr ? Vectors.wire(printed) : printed.getBytes(StandardCharsets.US_ASCII);
    return catchThrowableOfType(BmsProtocolException.class, () -> FrameCodec.decode(wire));
  }
}
