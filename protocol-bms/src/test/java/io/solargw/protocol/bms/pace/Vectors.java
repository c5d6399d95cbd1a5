package io.solargw.protocol.bms.pace;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The golden vectors of bms-rs485.yaml, read with Jackson YAML. */
final class Vectors {

  private static final Map<String, Object> ALL = load();

  private Vectors() {}

  @SuppressWarnings("unchecked")
  private static Map<String, Object> load() {
    try (InputStream in = Vectors.class.getResourceAsStream("/vectors/bms-rs485.yaml")) {
      return new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The vectors of one section (requests, analog, alarm, other, invalid). */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> section(String name) {
    return (List<Map<String, Object>>) ALL.get(name);
  }

  /** One vector by id, from any section. */
  static Map<String, Object> byId(String id) {
    for (String s : List.of("requests", "analog", "alarm", "other", "invalid")) {
      for (Map<String, Object> v : section(s)) {
        if (id.equals(v.get("id"))) {
          return v;
        }
      }
    }
    throw new IllegalArgumentException("no vector " + id);
  }

  /** Every frame in the file (requests included), without CR, with its id. */
  static List<Map<String, Object>> everyFrame() {
    return List.of("requests", "analog", "alarm", "other", "invalid").stream()
        .flatMap(s -> section(s).stream())
        .toList();
  }

  /** The frame of a vector on the wire: the printed text plus CR. */
  static byte[] wire(String printed) {
    return (printed + "\r").getBytes(StandardCharsets.US_ASCII);
  }
}
