package io.solargw.protocol.inverter.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.solargw.protocol.inverter.InverterProtocolException;
import io.solargw.protocol.inverter.codes.CodeTable;
import io.solargw.protocol.inverter.profile.EnumOption;
import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.ProfileLoader;
import io.solargw.protocol.inverter.rtu.ReadRequest;
import io.solargw.protocol.inverter.rtu.ReadResponse;
import io.solargw.protocol.inverter.rtu.RtuCodec;
import io.solargw.protocol.inverter.rtu.WriteMultipleRequest;
import io.solargw.protocol.inverter.settings.RegisterWrite;
import io.solargw.protocol.inverter.settings.SettingContext;
import io.solargw.protocol.inverter.settings.SettingsCodec;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every captured transaction of {@code vectors/inverter-modbus.yaml} (read as data with Jackson)
 * through {@link RtuCodec} and the default profile: each {@code expect} key must equal the decoded
 * point or setting read-back (decimals compared numerically, {@code '0x0014': '0x0297'} as raw
 * registers); T17 is rejected; T16 is reproduced by the settings encoder.
 */
class InverterModbusVectorTest {

  private static final InverterProfile PROFILE = ProfileLoader.loadDefault();
  private static final SnapshotDecoder DECODER =
      new SnapshotDecoder(PROFILE, CodeTable.loadDefault());
  private static final HexFormat HEX = HexFormat.of();

  static List<JsonNode> transactions() throws IOException {
    try (InputStream in =
        InverterModbusVectorTest.class.getResourceAsStream("/vectors/inverter-modbus.yaml")) {
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
      List<JsonNode> out = new ArrayList<>();
      root.get("transactions").forEach(out::add);
      return out;
    }
  }

  static Stream<Arguments> decodedReads() throws IOException {
    return transactions().stream()
        .filter(t -> t.has("response") && !t.get("expect").has("outcome"))
        .map(t -> Arguments.of(t.get("id").asText(), t));
  }

  static byte[] bytes(JsonNode hex) {
    return HEX.parseHex(hex.asText().replace(" ", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("decodedReads")
  void everyExpectedValueIsDecoded(String id, JsonNode tx) throws InverterProtocolException {
    ReadRequest request = ReadRequest.fromFrame(bytes(tx.get("request")));
    ReadResponse response = RtuCodec.decodeReadResponse(request, bytes(tx.get("response")));
    InverterSnapshot snapshot = DECODER.decode(RegisterImage.of(List.of(response)));

    int checked = 0;
    for (Map.Entry<String, JsonNode> e :
        (Iterable<Map.Entry<String, JsonNode>>) tx.get("expect")::fields) {
      if (e.getKey().equals("note")) {
        continue;
      }
      check(id, snapshot, response, e.getKey(), e.getValue());
      checked++;
    }
    assertThat(checked).as("%s has expectations", id).isPositive();
  }

  private static void check(
      String id, InverterSnapshot s, ReadResponse response, String key, JsonNode expected) {
    String what = id + " " + key;
    if (key.matches("0x[0-9A-Fa-f]{4}")) {
      int raw = Integer.parseInt(expected.asText().substring(2), 16);
      assertThat(response.register(Integer.parseInt(key.substring(2), 16))).as(what).isEqualTo(raw);
    } else if (s.points().containsKey(key)) {
      compare(what, s.points().get(key).value(), expected);
    } else if (key.endsWith("_text") && s.points().containsKey(key.replaceFirst("_text$", ""))) {
      PointValue v = s.points().get(key.replaceFirst("_text$", "")).value();
      assertThat(v).as(what).isInstanceOf(PointValue.Choice.class);
      assertThat(((PointValue.Choice) v).option().map(EnumOption::code))
          .as(what)
          .contains(expected.asText());
    } else if (s.settings().containsKey(key)) {
      compare(what, s.settings().get(key).value(), expected);
    } else {
      fail(
          "%s: the snapshot has no point or setting named %s (points %s, settings %s)",
          id, key, s.points().keySet(), s.settings().keySet());
    }
  }

  private static void compare(String what, PointValue v, JsonNode expected) {
    if (expected.isArray()) {
      List<Integer> want = new ArrayList<>();
      expected.forEach(n -> want.add(n.asInt()));
      assertThat(v).as(what).isEqualTo(new PointValue.Codes(want));
    } else if (expected.isNumber() && v instanceof PointValue.Choice c) {
      assertThat(c.raw()).as(what).isEqualTo(expected.asInt());
    } else if (expected.isNumber()) {
      assertThat(v).as(what).isInstanceOf(PointValue.Decimal.class);
      assertThat(((PointValue.Decimal) v).value())
          .as(what)
          .isEqualByComparingTo(expected.decimalValue());
    } else if (v instanceof PointValue.Choice c) {
      assertThat(c.option().map(EnumOption::code)).as(what).contains(expected.asText());
    } else if (v instanceof PointValue.Decimal d) {
      assertThat(d.value()).as(what).isEqualByComparingTo(new BigDecimal(expected.asText()));
    } else {
      assertThat(v).as(what).isEqualTo(new PointValue.Text(expected.asText()));
    }
  }

  @Test
  void t17ReplyToAnotherRequestIsRejectedNeverDecoded() throws Exception {
    JsonNode t17 = byId("T17");
    ReadRequest request = ReadRequest.fromFrame(bytes(t17.get("request")));
    assertThatThrownBy(() -> RtuCodec.decodeReadResponse(request, bytes(t17.get("response"))))
        .isInstanceOf(InverterProtocolException.class)
        .satisfies(
            e ->
                assertThat(((InverterProtocolException) e).reason())
                    .isEqualTo(InverterProtocolException.Reason.LENGTH))
        .hasMessageContaining("0x22")
        .hasMessageContaining("0x28");
  }

  @Test
  void t16ChargePrioritySnuIsE20fTwoWrittenWithFunction16() throws Exception {
    byte[] frame = bytes(byId("T16").get("request"));
    WriteMultipleRequest captured = WriteMultipleRequest.fromFrame(frame);
    SettingsCodec codec = new SettingsCodec(PROFILE);

    List<RegisterWrite> writes = codec.encode(codec.spec("CHM"), "SNU", SettingContext.unknown());

    assertThat(writes).containsExactly(new RegisterWrite(0xE20F, 2));
    assertThat(captured.startAddress()).isEqualTo(0xE20F);
    assertThat(captured.values()).containsExactly(2);
    assertThat(writes.get(0).toWriteMultiple(captured.unitId()).toFrame()).isEqualTo(frame);
  }

  @Test
  void everyTransactionIsCheckedByOneOfTheTests() throws IOException {
    for (JsonNode t : transactions()) {
      boolean read = t.has("response") && !t.get("expect").has("outcome");
      boolean known = read || List.of("T16", "T17").contains(t.get("id").asText());
      assertThat(known).as("transaction %s is covered", t.get("id").asText()).isTrue();
    }
  }

  private static JsonNode byId(String id) throws IOException {
    return transactions().stream()
        .filter(t -> t.get("id").asText().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
