package io.solargw.protocol.bms.pace;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.protocol.bms.BmsProtocolException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every vector of bms-rs485.yaml reproduced exactly: frames, values, flags and error reasons. */
class VectorTest {

  /** Builders for the request vectors (and the requests printed next to other vectors). */
  static Stream<Arguments> requests() {
    return Stream.of(
        Arguments.of("R1", PaceRequests.analog(0, 1)),
        Arguments.of("R2", PaceRequests.analog(0, PaceRequests.ALL_PACKS)),
        Arguments.of("R3", PaceRequests.alarm(0, 1)),
        Arguments.of("R4", PaceRequests.alarm(0, PaceRequests.ALL_PACKS)),
        Arguments.of("R5", PaceRequests.analog(1, 1)),
        Arguments.of("R6", PaceRequests.alarm(1, 1)),
        Arguments.of("R7", PaceRequests.analog(2, 2)),
        Arguments.of("R8a", PaceRequests.softwareVersion(1)),
        Arguments.of("R8b", PaceRequests.productInfo(1)),
        Arguments.of("R9", PaceRequests.packCount(1)),
        Arguments.of("R10", PaceRequests.dateTime(0)),
        Arguments.of("R12", PylonRequests.analog(2, 2)),
        Arguments.of("R13", PaceRequests.inverterProtocol(0)),
        Arguments.of("O5", PaceRequests.setDateTime(0, LocalDateTime.of(2024, 8, 20, 14, 15, 37))),
        Arguments.of("O7", PaceRequests.control(0, ControlCommand.ENABLE_BUZZER)),
        Arguments.of("O8", PaceRequests.chargeMosfet(0, false)),
        Arguments.of("O9", PaceRequests.dischargeMosfet(0, false)),
        Arguments.of("O10", PaceRequests.shutdown(0)),
        Arguments.of("N8", PaceRequests.analog(0xFF, PaceRequests.ALL_PACKS)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void requestIsEncodedByteIdenticalAndReadBack(String id, Request built) throws Exception {
    Map<String, Object> v = Vectors.byId(id);
    String printed = (String) (v.containsKey("request") ? v.get("request") : v.get("frame"));
    assertThat(new String(built.encode(), StandardCharsets.US_ASCII)).isEqualTo(printed + "\r");
    Request read = Request.fromFrame(FrameCodec.decode(Vectors.wire(printed)));
    assertThat(read).isEqualTo(built);
    assertThat(ResponseDecoder.isRequest(read.toFrame())).isTrue();
  }

  static Stream<Map<String, Object>> analog() {
    return Vectors.section("analog").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("analog")
  void analogVectorWithoutRequest(Map<String, Object> v) throws Exception {
    Frame frame = FrameCodec.decode(Vectors.wire((String) v.get("frame")));
    Response r = ResponseDecoder.decodeUnsolicited(frame);
    assertThat(r).isInstanceOf(AnalogResponse.class);
    VectorAssert.matches(r.toMap(), v.get("expect"), (String) v.get("id"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("analog")
  void analogVectorWithItsRequest(Map<String, Object> v) throws Exception {
    Frame frame = FrameCodec.decode(Vectors.wire((String) v.get("frame")));
    Response r = ResponseDecoder.decode(frame, requestFor(frame, PaceCommand.ANALOG));
    VectorAssert.matches(r.toMap(), v.get("expect"), (String) v.get("id"));
    AnalogResponse a = (AnalogResponse) r;
    assertThat(a.toFrame()).isEqualTo(frame);
  }

  /** The request that produced {@code answer}: 0xFF if it has several blocks, else the echo. */
  private static Request requestFor(Frame answer, PaceCommand pace) {
    int second = answer.infoByte(1);
    @SuppressWarnings("unchecked")
    Map<String, Object> expect =
        (Map<String, Object>)
            Vectors.section(pace == PaceCommand.ANALOG ? "analog" : "alarm").stream()
                .filter(x -> answer.equals(decodeQuietly((String) x.get("frame"))))
                .findFirst()
                .orElseThrow()
                .get("expect");
    Object count = expect.get("pack_count");
    boolean all = count instanceof Number n && n.intValue() > 1;
    int command = all ? PaceRequests.ALL_PACKS : second;
    boolean pylon = answer.version() == Dialect.PYLONTECH.code();
    if (pace == PaceCommand.ANALOG) {
      return pylon
          ? PylonRequests.analog(answer.address(), command)
          : PaceRequests.analog(0, command);
    }
    return PaceRequests.alarm(0, command);
  }

  private static Frame decodeQuietly(String printed) {
    try {
      return FrameCodec.decode(Vectors.wire(printed));
    } catch (BmsProtocolException e) {
      return null;
    }
  }

  static Stream<Map<String, Object>> alarm() {
    return Vectors.section("alarm").stream().filter(v -> !"W3".equals(v.get("id")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("alarm")
  void alarmVector(Map<String, Object> v) throws Exception {
    Frame frame = FrameCodec.decode(Vectors.wire((String) v.get("frame")));
    Response unsolicited = ResponseDecoder.decodeUnsolicited(frame);
    assertThat(unsolicited).isInstanceOf(AlarmResponse.class);
    VectorAssert.matches(unsolicited.toMap(), v.get("expect"), (String) v.get("id"));
    Response r = ResponseDecoder.decode(frame, requestFor(frame, PaceCommand.ALARM));
    VectorAssert.matches(r.toMap(), v.get("expect"), (String) v.get("id"));
    assertThat(((AlarmResponse) r).toFrame()).isEqualTo(frame);
  }
}
