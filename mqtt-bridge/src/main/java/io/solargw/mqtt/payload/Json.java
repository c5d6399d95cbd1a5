package io.solargw.mqtt.payload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The bridge's only Jackson user: writes plain Java trees (maps, lists, strings, numbers, booleans,
 * null) as compact JSON and reads JSON back into such trees.
 */
public final class Json {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          // command values such as 56.4 must reach the writer exactly, not as a binary double
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private Json() {}

  /**
   * The tree as compact JSON, keys in map order.
   *
   * @throws IllegalArgumentException when the tree holds something JSON cannot carry
   */
  public static String write(Object tree) {
    try {
      return MAPPER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Parses JSON text into maps, lists, strings, {@link java.math.BigDecimal} or integer numbers,
   * booleans and null.
   *
   * @throws IllegalArgumentException naming the line and column of the first error
   */
  public static Object read(String text) {
    try {
      return MAPPER.readValue(text, Object.class);
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNr()
                  + " column "
                  + e.getLocation().getColumnNr();
      throw new IllegalArgumentException("invalid JSON" + where + ": " + e.getOriginalMessage(), e);
    }
  }
}
