package io.solargw.protocol.inverter.rtu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.solargw.protocol.inverter.InverterProtocolException;
import io.solargw.protocol.inverter.InverterProtocolException.Reason;
import io.solargw.protocol.inverter.codes.CodeTable;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The captured transactions, both directions: every request re-encodes byte-identical from its
 * record, every response decodes against its request (and re-encodes from the slave's side), T17 is
 * rejected, T16 (write multiple) parses and re-encodes.
 */
class RtuVectorTest {

  static Stream<Vectors.Transaction> transactions() {
    return Vectors.all().stream();
  }

  static Stream<Vectors.Transaction> answered() {
    return transactions().filter(t -> t.response() != null && !t.id().equals("T17"));
  }

  @Test
  void fileHoldsTheCapturedTransactions() {
    assertThat(transactions().map(Vectors.Transaction::id))
        .containsExactly(
            "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T11", "T12", "T13", "T15", "T16",
            "T17");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transactions")
  void requestReEncodesByteIdentical(Vectors.Transaction t) throws Exception {
    ModbusRequest request = RtuSlaveCodec.decodeRequest(t.request());

    assertThat(request.toFrame()).isEqualTo(t.request());
    assertThat(request.unitId()).isEqualTo(0xFF);
    ModbusRequest rebuilt;
    if (request instanceof ReadRequest r) {
      rebuilt = ReadRequest.holding(0xFF, r.startAddress(), r.count());
    } else if (request instanceof WriteMultipleRequest w) {
      rebuilt = new WriteMultipleRequest(0xFF, w.startAddress(), w.values());
    } else {
      WriteSingleRequest w = (WriteSingleRequest) request;
      rebuilt = new WriteSingleRequest(0xFF, w.address(), w.value());
    }
    assertThat(rebuilt.toFrame()).isEqualTo(t.request());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answered")
  void responseDecodesAgainstItsRequestAndReEncodes(Vectors.Transaction t) throws Exception {
    ReadRequest request = ReadRequest.fromFrame(t.request());
    ReadResponse response = RtuCodec.decodeReadResponse(request, t.response());

    assertThat(response.unitId()).isEqualTo(1);
    assertThat(response.registers()).hasSize(request.count());
    assertThat(response.startAddress()).isEqualTo(request.startAddress());
    assertThat(response.toFrame()).isEqualTo(t.response());
    assertThat(RtuCodec.decodeResponse(request, t.response())).isEqualTo(response);
    assertHexRegisterExpectations(t.expect(), response);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answered")
  void flippingAnyBitOfAnAnswerYieldsAReasonNeverAValue(Vectors.Transaction t) throws Exception {
    ReadRequest request = ReadRequest.fromFrame(t.request());
    for (int index = 0; index < t.response().length; index++) {
      for (int bit = 0; bit < 8; bit++) {
        byte[] damaged = t.response().clone();
        damaged[index] ^= (byte) (1 << bit);
        assertThatThrownBy(() -> RtuCodec.decodeReadResponse(request, damaged))
            .as("byte %d bit %d", index, bit)
            .isInstanceOf(InverterProtocolException.class);
      }
    }
  }

  @Test
  void t1GivesTheFirmwareVersionRegisters() throws Exception {
    Vectors.Transaction t1 = Vectors.byId("T1");
    ReadResponse response =
        RtuCodec.decodeReadResponse(ReadRequest.holding(0xFF, 0x0014, 2), t1.response());

    assertThat(response.registers()).containsExactly(0x0297, 0x00C9);
    assertThat(response.register(0x0014)).isEqualTo(663);
    assertThat(response.register(0x0015)).isEqualTo(201);
  }

  @Test
  void t5SlotsHoldNoActiveCodes() throws Exception {
    Vectors.Transaction t5 = Vectors.byId("T5");
    ReadResponse response =
        RtuCodec.decodeReadResponse(ReadRequest.fromFrame(t5.request()), t5.response());
    int[] slots = response.registers().subList(0, 4).stream().mapToInt(i -> i).toArray();

    assertThat(slots).containsExactly(0, 0, 0, 0);
    assertThat(CodeTable.loadDefault().decodeActive(slots)).isEmpty();
    assertThat(response.register(0x0210)).isEqualTo(5);
  }

  @Test
  void t12SentinelsArriveAsRawValues() throws Exception {
    Vectors.Transaction t12 = Vectors.byId("T12");
    ReadResponse response =
        RtuCodec.decodeReadResponse(ReadRequest.fromFrame(t12.request()), t12.response());

    assertThat(response.register(0xE215)).isEqualTo(0x7FFF);
    assertThat(response.register(0xE219)).isEqualTo(0xFFFF);
  }

  @Test
  void t17IsRejectedForItsByteCount() throws Exception {
    Vectors.Transaction t17 = Vectors.byId("T17");
    ReadRequest request = ReadRequest.fromFrame(t17.request());

    assertThat(request).isEqualTo(ReadRequest.holding(0xFF, 0xF02D, 17));
    assertThatThrownBy(() -> RtuCodec.decodeReadResponse(request, t17.response()))
        .isInstanceOfSatisfying(
            InverterProtocolException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.LENGTH);
              assertThat(e.offset()).isEqualTo(2);
              assertThat(e.frameHex()).startsWith("010328");
            })
        .hasMessage("byte count at offset 2: expected 0x22 (17 registers), got 0x28");
    assertThatThrownBy(() -> RtuCodec.decodeResponse(request, t17.response()))
        .isInstanceOf(InverterProtocolException.class);
  }

  @Test
  void t16WriteMultipleParsesAndReEncodes() throws Exception {
    Vectors.Transaction t16 = Vectors.byId("T16");
    WriteMultipleRequest parsed = WriteMultipleRequest.fromFrame(t16.request());

    assertThat(parsed).isEqualTo(new WriteMultipleRequest(0xFF, 0xE20F, List.of(2)));
    assertThat(parsed.toFrame()).isEqualTo(t16.request());
    byte[] answer = new WriteMultipleResponse(1, 0xE20F, 1).toFrame();
    assertThat(RtuCodec.decodeWriteMultipleResponse(parsed, answer))
        .isEqualTo(new WriteMultipleResponse(1, 0xE20F, 1));
  }

  /** Checks the {@code '0x0014': '0x0297'} style expectations; other keys are the profile's. */
  private static void assertHexRegisterExpectations(JsonNode expect, ReadResponse response) {
    for (Iterator<Map.Entry<String, JsonNode>> it = expect.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (field.getKey().startsWith("0x")) {
        int address = Integer.decode(field.getKey());
        assertThat(response.register(address))
            .as(field.getKey())
            .isEqualTo(Integer.decode(field.getValue().asText()));
      }
    }
  }
}
