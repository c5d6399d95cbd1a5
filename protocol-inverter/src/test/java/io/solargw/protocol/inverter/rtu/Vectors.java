package io.solargw.protocol.inverter.rtu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The captured transactions of {@code vectors/inverter-modbus.yaml}, read with Jackson. */
final class Vectors {

  /** One transaction: id, request bytes, response bytes (null when not captured), expectations. */
  record Transaction(String id, byte[] request, byte[] response, JsonNode expect) {
    @Override
    public String toString() {
      return id;
    }
  }

  private Vectors() {}

  static List<Transaction> all() {
    try (InputStream in = Vectors.class.getResourceAsStream("/vectors/inverter-modbus.yaml")) {
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
      List<Transaction> out = new ArrayList<>();
      for (JsonNode t : root.get("transactions")) {
        out.add(
            new Transaction(
                t.get("id").asText(),
                hex(t.get("request").asText()),
                t.hasNonNull("response") ? hex(t.get("response").asText()) : null,
                t.get("expect")));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Transaction byId(String id) {
    return all().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }

  static byte[] hex(String spaced) {
    return HexFormat.of().parseHex(spaced.replace(" ", ""));
  }
}
