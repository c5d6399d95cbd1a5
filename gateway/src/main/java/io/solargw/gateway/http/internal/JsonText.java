package io.solargw.gateway.http.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The status server's only Jackson user: writes JSON trees (maps, lists, exact decimals, strings,
 * booleans, nulls) as indented text. Decimals print plain ({@code 1200}, never {@code 1.2E+3}) so
 * values read the same as in MQTT payloads.
 */
public final class JsonText {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private static final JsonMapper COMPACT =
      JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private JsonText() {}

  /**
   * {@code tree} as one line of JSON without a newline (line breaks inside strings are escaped), as
   * an event stream's {@code data:} line needs.
   */
  public static String compact(Object tree) {
    try {
      return COMPACT.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("value is not a JSON tree: " + e.getOriginalMessage(), e);
    }
  }

  /** {@code tree} as JSON text followed by a newline. */
  public static String of(Object tree) {
    try {
      return MAPPER.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      // Trees are built from JSON-able values only; anything else is a bug in the caller.
      throw new IllegalArgumentException("value is not a JSON tree: " + e.getOriginalMessage(), e);
    }
  }
}
