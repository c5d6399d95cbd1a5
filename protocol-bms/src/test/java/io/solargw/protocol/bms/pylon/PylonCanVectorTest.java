package io.solargw.protocol.bms.pylon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.solargw.protocol.bms.canline.CanLine;
import io.solargw.protocol.bms.canline.CanLineFormat;
import io.solargw.protocol.bms.canline.CanLineParser;
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
 * Every frame of {@code vectors/bms-can.yaml} decodes to exactly its {@code expect} fields (the
 * {@code note} is ignored), directly and through each of the four line formats.
 */
class PylonCanVectorTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static Stream<Arguments> vectors() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = PylonCanVectorTest.class.getResourceAsStream("/vectors/bms-can.yaml")) {
      JsonNode root = YAML.readTree(in);
      for (JsonNode v : root.get("frames")) {
        out.add(Arguments.of(v.get("id").asText(), v));
      }
    }
    return out.stream();
  }

  @Test
  void fileHoldsTheElevenCapturedFrames() throws IOException {
    assertThat(vectors()).hasSize(11);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void decodesToTheExpectedFields(String name, JsonNode vector) throws Exception {
    CanFrame frame = frameOf(vector);
    Map<String, Object> actual = PylonCanJson.decode(frame);

    assertExpected(name, vector.get("expect"), actual);
    assertThat(actual.get("can_id")).isEqualTo(vector.get("can_id").asText());
    assertThat(actual.get("raw")).isEqualTo(vector.get("data").asText().replace(" ", ""));
    assertThat(actual.get("kind")).isNotEqualTo("unknown");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void decodesTheSameFromEveryLineFormat(String name, JsonNode vector) throws Exception {
    CanFrame frame = frameOf(vector);
    String id = vector.get("can_id").asText().substring(2).toUpperCase();
    String data = vector.get("data").asText().toUpperCase();
    String compactHex = data.replace(" ", "");
    Map<CanLineFormat, String> lines =
        Map.of(
            CanLineFormat.SLCAN,
            "t" + id + frame.dlc() + compactHex + "\r",
            CanLineFormat.CANDUMP_LOG,
            "(1700000000.123456) can0 " + id + "#" + compactHex,
            CanLineFormat.CANDUMP_COMPACT,
            "can0 " + id + "#" + compactHex,
            CanLineFormat.CANDUMP_CLASSIC,
            "  can0  " + id + "   [" + frame.dlc() + "]  " + data);
    Map<String, Object> direct = PylonCanJson.decode(frame);
    for (Map.Entry<CanLineFormat, String> e : lines.entrySet()) {
      CanLine line = CanLineParser.parse(e.getValue());
      assertThat(line.format()).as(e.getValue()).isEqualTo(e.getKey());
      assertThat(line.frame()).as(e.getValue()).isEqualTo(frame);
      assertThat(PylonCanJson.decode(line.frame())).as(e.getValue()).isEqualTo(direct);
      assertExpected(name + " via " + e.getKey(), vector.get("expect"), direct);
    }
  }

  static CanFrame frameOf(JsonNode vector) {
    int id = Integer.parseInt(vector.get("can_id").asText().substring(2), 16);
    byte[] data = HexFormat.of().parseHex(vector.get("data").asText().replace(" ", ""));
    return CanFrame.standard(id, data);
  }

  private static void assertExpected(String name, JsonNode expect, Map<String, Object> actual) {
    for (Map.Entry<String, JsonNode> f : expect.properties()) {
      if (f.getKey().equals("note")) {
        continue;
      }
      String what = name + " field " + f.getKey();
      assertThat(actual).as(what).containsKey(f.getKey());
      assertThat(actual.get(f.getKey())).as(what).isEqualTo(javaValue(f.getValue()));
    }
  }

  /**
   * The YAML value as the Java value the mapping must produce. A YAML decimal such as {@code 370.0}
   * is read as a double and rebuilt from its shortest text, which restores "370.0" with its scale
   * (Jackson's node factory would normalise a BigDecimal to 3.7E+2), so the comparison is exact.
   */
  private static Object javaValue(JsonNode node) {
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(n -> list.add(javaValue(n)));
      return list;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      return node.intValue();
    }
    if (node.isNumber()) {
      return new BigDecimal(Double.toString(node.doubleValue()));
    }
    return node.asText();
  }
}
