package io.solargw.protocol.inverter.rtu;

import static io.solargw.protocol.inverter.rtu.TestFrames.raw;
import static io.solargw.protocol.inverter.rtu.TestFrames.withCrc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.solargw.protocol.inverter.InverterProtocolException;
import io.solargw.protocol.inverter.InverterProtocolException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table of bad answers: each is rejected with one specific reason and a sentence naming what was
 * expected and what came (inverter-modbus.md section 7 item 1); none decodes into a value.
 */
class RtuCodecErrorTest {

  private static final ReadRequest READ_T1 = ReadRequest.holding(0xFF, 0x0014, 2);
  private static final ReadRequest READ_UNIT1 = ReadRequest.holding(1, 0x0014, 2);
  private static final WriteSingleRequest WRITE_E20F = new WriteSingleRequest(1, 0xE20F, 2);
  private static final WriteMultipleRequest WRITE_MANY =
      new WriteMultipleRequest(1, 0xE20F, List.of(2, 3));

  /** One bad answer to a request, the reason it must raise and its exact message. */
  record Row(String name, ModbusRequest request, byte[] frame, Reason reason, String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Row> rows() {
    List<Row> rows =
        new ArrayList<>(
            List.of(
                new Row(
                    "CRC high byte flipped",
                    READ_T1,
                    raw("01 03 04 02 97 00 c9 8a 30"),
                    Reason.CRC,
                    "CRC mismatch at offset 7: frame says 0x308A, computed 0x318A"),
                new Row(
                    "data byte flipped",
                    READ_T1,
                    raw("01 03 04 02 96 00 c9 8a 31"),
                    Reason.CRC,
                    null),
                new Row(
                    "answer from another unit",
                    READ_UNIT1,
                    withCrc("02 03 04 02 97 00 c9"),
                    Reason.ADDRESS,
                    "address at offset 0: expected 0x01, got 0x02"),
                new Row(
                    "answer from 0xFF itself",
                    READ_T1,
                    withCrc("ff 03 04 02 97 00 c9"),
                    Reason.ADDRESS,
                    "address at offset 0: expected a real address 0x01..0xF7 (the request went to 0xFF),"
                        + " got 0xFF"),
                new Row(
                    "answer from 0xF8 to 0xFF",
                    READ_T1,
                    withCrc("f8 03 04 02 97 00 c9"),
                    Reason.ADDRESS,
                    null),
                new Row(
                    "answer to a broadcast",
                    ReadRequest.holding(0, 0x0014, 2),
                    withCrc("01 03 04 02 97 00 c9"),
                    Reason.ADDRESS,
                    "address at offset 0: expected no answer at all (the request was a broadcast to"
                        + " 0x00), got 0x01"),
                new Row(
                    "function 0x04 for 0x03",
                    READ_T1,
                    withCrc("01 04 04 02 97 00 c9"),
                    Reason.FUNCTION,
                    "function at offset 1: expected 0x03, got 0x04"),
                new Row(
                    "write echo for a read",
                    READ_T1,
                    withCrc("01 06 e2 0f 00 02"),
                    Reason.FUNCTION,
                    "function at offset 1: expected 0x03, got 0x06"),
                new Row(
                    "exception of another function",
                    READ_T1,
                    withCrc("01 86 02"),
                    Reason.FUNCTION,
                    "function at offset 1: expected 0x03, got 0x86"),
                new Row(
                    "write-multiple answer to write-single",
                    WRITE_E20F,
                    withCrc("01 10 e2 0f 00 01"),
                    Reason.FUNCTION,
                    "function at offset 1: expected 0x06, got 0x10"),
                new Row(
                    "empty frame",
                    READ_T1,
                    new byte[0],
                    Reason.TRUNCATED,
                    "frame ends after 0 bytes; the shortest answer (an exception) needs 5"),
                new Row(
                    "four bytes",
                    READ_T1,
                    raw("01 03 04 02"),
                    Reason.TRUNCATED,
                    "frame ends after 4 bytes; the shortest answer (an exception) needs 5"),
                new Row(
                    "cut after the data",
                    READ_T1,
                    raw("01 03 04 02 97 00 c9"),
                    Reason.TRUNCATED,
                    "frame ends after 7 bytes; its header (function 0x03, byte 2 = 0x04) needs 9"),
                new Row(
                    "write echo cut short",
                    WRITE_E20F,
                    raw("01 06 e2 0f 00 02 21"),
                    Reason.TRUNCATED,
                    null),
                new Row(
                    "T17 byte count",
                    ReadRequest.holding(0xFF, 0xF02D, 17),
                    Vectors.byId("T17").response(),
                    Reason.LENGTH,
                    "byte count at offset 2: expected 0x22 (17 registers), got 0x28"),
                new Row(
                    "one register short",
                    READ_T1,
                    withCrc("01 03 02 02 97"),
                    Reason.LENGTH,
                    "byte count at offset 2: expected 0x04 (2 registers), got 0x02"),
                new Row(
                    "trailing byte inside the CRC",
                    READ_T1,
                    withCrc("01 03 04 02 97 00 c9 00"),
                    Reason.LENGTH,
                    "frame has 10 bytes; an answer with byte count 0x04 makes 9"),
                new Row(
                    "exception answer with an extra byte",
                    READ_T1,
                    withCrc("01 83 02 00"),
                    Reason.LENGTH,
                    "frame has 6 bytes; an exception answer makes 5"),
                new Row(
                    "write-single echo of another value",
                    WRITE_E20F,
                    withCrc("01 06 e2 0f 00 03"),
                    Reason.ECHO,
                    "echoed value at offset 4: expected 0x0002, got 0x0003"),
                new Row(
                    "write-single echo of another register",
                    WRITE_E20F,
                    withCrc("01 06 e2 10 00 02"),
                    Reason.ECHO,
                    "echoed register address at offset 2: expected 0xE20F, got 0xE210"),
                new Row(
                    "write-multiple answer with another count",
                    WRITE_MANY,
                    withCrc("01 10 e2 0f 00 01"),
                    Reason.ECHO,
                    "echoed register count at offset 4: expected 0x0002, got 0x0001"),
                new Row(
                    "write-multiple answer with another start",
                    WRITE_MANY,
                    withCrc("01 10 e2 0e 00 02"),
                    Reason.ECHO,
                    "echoed start address at offset 2: expected 0xE20F, got 0xE20E"),
                new Row(
                    "write-multiple answer cut short",
                    WRITE_MANY,
                    raw("01 10 e2 0f 00 02 ff"),
                    Reason.TRUNCATED,
                    null)));
    for (ModbusExceptionCode code : ModbusExceptionCode.values()) {
      rows.add(exceptionRow(READ_T1, code.code(), code.meaning()));
    }
    rows.add(exceptionRow(WRITE_E20F, 0x03, ModbusExceptionCode.ILLEGAL_DATA_VALUE.meaning()));
    rows.add(exceptionRow(WRITE_MANY, 0x08, ModbusExceptionCode.CHANGE_WHILE_RUNNING.meaning()));
    rows.add(exceptionRow(READ_T1, 0x0C, "undocumented exception code"));
    rows.add(exceptionRow(READ_T1, 0x00, "undocumented exception code"));
    return rows.stream();
  }

  private static Row exceptionRow(ModbusRequest request, int code, String meaning) {
    int function = request.functionCode();
    return new Row(
        String.format("exception 0x%02X to 0x%02X", code, function),
        request,
        withCrc(String.format("01 %02x %02x", function | 0x80, code)),
        Reason.EXCEPTION,
        String.format(
            "exception 0x%02X at offset 2 in answer to function 0x%02X: %s",
            code, function, meaning));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void isRejectedWithItsReason(Row row) {
    assertThatThrownBy(() -> decodeTyped(row.request(), row.frame()))
        .isInstanceOfSatisfying(
            InverterProtocolException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(row.reason());
              if (row.message() != null) {
                assertThat(e.getMessage()).isEqualTo(row.message());
              }
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void genericDecodeReturnsExceptionAnswersAndRejectsTheRest(Row row) throws Exception {
    if (row.reason() == Reason.EXCEPTION) {
      ModbusResponse answer = RtuCodec.decodeResponse(row.request(), row.frame());
      assertThat(answer)
          .isEqualTo(new ExceptionResponse(1, row.request().functionCode(), row.frame()[2] & 0xFF));
      assertThat(row.message()).endsWith(((ExceptionResponse) answer).meaning());
    } else {
      assertThatThrownBy(() -> RtuCodec.decodeResponse(row.request(), row.frame()))
          .isInstanceOfSatisfying(
              InverterProtocolException.class, e -> assertThat(e.reason()).isEqualTo(row.reason()));
    }
  }

  @org.junit.jupiter.api.Test
  void illegalAddressMeaningIsSrnes() {
    assertThat(ModbusExceptionCode.of(0x02)).hasValue(ModbusExceptionCode.ILLEGAL_DATA_ADDRESS);
    assertThat(ModbusExceptionCode.describe(0x02)).startsWith("illegal data address: ");
    assertThat(ModbusExceptionCode.of(0x0C)).isEmpty();
  }

  private static ModbusResponse decodeTyped(ModbusRequest request, byte[] frame)
      throws InverterProtocolException {
    if (request instanceof ReadRequest read) {
      return RtuCodec.decodeReadResponse(read, frame);
    }
    if (request instanceof WriteSingleRequest single) {
      return RtuCodec.decodeWriteSingleResponse(single, frame);
    }
    return RtuCodec.decodeWriteMultipleResponse((WriteMultipleRequest) request, frame);
  }
}
