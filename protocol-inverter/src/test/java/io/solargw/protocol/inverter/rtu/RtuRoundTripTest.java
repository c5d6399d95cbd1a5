package io.solargw.protocol.inverter.rtu;

import static io.solargw.protocol.inverter.rtu.TestFrames.withCrc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.solargw.protocol.inverter.InverterProtocolException;
import io.solargw.protocol.inverter.InverterProtocolException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Master and slave sides agree: for seeded random requests, {@code decode(encode(x)) == x} on the
 * slave, and the slave's encoded answer decodes on the master to the same value.
 */
class RtuRoundTripTest {

  private static final long SEED = 0xB0B_CAFEL;

  @Test
  void randomRequestsAndTheirAnswersRoundTrip() throws Exception {
    Random random = new Random(SEED);
    for (int round = 0; round < 5_000; round++) {
      ModbusRequest request = randomRequest(random);
      String where = "seed " + SEED + " round " + round + " " + request;

      assertThat(RtuSlaveCodec.decodeRequest(request.toFrame())).as(where).isEqualTo(request);
      ModbusResponse answer = answerFor(request, random);
      assertThat(RtuCodec.decodeResponse(request, answer.toFrame())).as(where).isEqualTo(answer);
      ExceptionResponse refusal =
          ExceptionResponse.refusing(request, ModbusExceptionCode.ILLEGAL_DATA_ADDRESS);
      assertThat(RtuCodec.decodeResponse(request, refusal.toFrame())).as(where).isEqualTo(refusal);
    }
  }

  @Test
  void aRequestToTheUniversalAddressAcceptsTheRealAddress() throws Exception {
    ReadRequest request = ReadRequest.holding(0xFF, 0x0100, 1);
    ReadResponse fromUnit7 = new ReadResponse(7, 0x03, 0x0100, List.of(27));

    assertThat(RtuCodec.decodeReadResponse(request, fromUnit7.toFrame())).isEqualTo(fromUnit7);
  }

  @Test
  void slaveRefusesFunctionsItLacks() {
    byte[] readCoils = withCrc("01 01 00 00 00 08");

    assertThatThrownBy(() -> RtuSlaveCodec.decodeRequest(readCoils))
        .isInstanceOfSatisfying(
            InverterProtocolException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_FUNCTION))
        .hasMessage("function 0x01 at offset 1 is not supported (0x03, 0x04, 0x06, 0x10 are)");
    assertThat(RtuSlaveCodec.refuseUnsupported(readCoils).toFrame()).isEqualTo(withCrc("01 81 01"));
  }

  @Test
  void slaveRejectsMalformedRequests() {
    assertReason(withCrc("01 03 00 00 00 00"), Reason.OUT_OF_RANGE);
    assertReason(withCrc("01 03 00 00 00 7e"), Reason.OUT_OF_RANGE);
    assertReason(withCrc("01 03 ff ff 00 02"), Reason.OUT_OF_RANGE);
    assertReason(withCrc("01 10 e2 0f 00 02 02 00 02"), Reason.LENGTH);
    assertReason(withCrc("01 10 e2 0f 00 00 00"), Reason.OUT_OF_RANGE);
    assertReason(withCrc("01 03 00 00 00 01 00"), Reason.LENGTH);
    assertReason(withCrc("01 06 00 00"), Reason.TRUNCATED);
    assertReason(new byte[] {1}, Reason.TRUNCATED);
    byte[] badCrc = withCrc("01 06 e2 0f 00 02");
    badCrc[7] ^= 1;
    assertReason(badCrc, Reason.CRC);
  }

  @Test
  void recordsRejectOutOfRangeValues() {
    assertThatThrownBy(() -> new ReadRequest(1, 0x06, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("functionCode must be 0x03 or 0x04, got 0x06");
    assertThatThrownBy(() -> ReadRequest.holding(1, 0, 126))
        .hasMessage("count must be 1..125, got 126");
    assertThatThrownBy(() -> ReadRequest.holding(256, 0, 1))
        .hasMessage("unitId must be 0..255, got 256");
    assertThatThrownBy(() -> ReadRequest.holding(1, 0xFFFF, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WriteSingleRequest(1, 0, 0x10000))
        .hasMessage("value must be 0..65535, got 65536");
    assertThatThrownBy(() -> new WriteMultipleRequest(1, 0, List.of()))
        .hasMessage("values.size() must be 1..123, got 0");
    assertThatThrownBy(() -> ReadResponse.answering(ReadRequest.holding(1, 0, 2), List.of(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertReason(byte[] frame, Reason reason) {
    assertThatThrownBy(() -> RtuSlaveCodec.decodeRequest(frame))
        .as(java.util.HexFormat.of().formatHex(frame))
        .isInstanceOfSatisfying(
            InverterProtocolException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  private static ModbusRequest randomRequest(Random random) {
    int unit = 1 + random.nextInt(247);
    int start = random.nextInt(0x10000 - 125);
    switch (random.nextInt(4)) {
      case 0, 1 -> {
        int function = random.nextBoolean() ? 0x03 : 0x04;
        return new ReadRequest(unit, function, start, 1 + random.nextInt(125));
      }
      case 2 -> {
        return new WriteSingleRequest(unit, start, random.nextInt(0x10000));
      }
      default -> {
        List<Integer> values = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(123); i < n; i++) {
          values.add(random.nextInt(0x10000));
        }
        return new WriteMultipleRequest(unit, start, values);
      }
    }
  }

  private static ModbusResponse answerFor(ModbusRequest request, Random random) {
    if (request instanceof ReadRequest read) {
      List<Integer> registers = new ArrayList<>();
      for (int i = 0; i < read.count(); i++) {
        registers.add(random.nextInt(0x10000));
      }
      return ReadResponse.answering(read, registers);
    }
    if (request instanceof WriteSingleRequest single) {
      return WriteSingleResponse.echoing(single);
    }
    return WriteMultipleResponse.echoing((WriteMultipleRequest) request);
  }
}
