package io.solargw.mqtt.payload;

import io.solargw.mqtt.Code;
import io.solargw.mqtt.DeviceState;
import io.solargw.mqtt.Value;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of a device's state topic: {@code device}, {@code kind}, {@code availability}, {@code
 * timestamp} (ISO-8601 UTC, milliseconds), then every value under its own key, units in the key.
 *
 * <pre>
 * {"device":"pack-3","kind":"battery_pack","availability":"online",
 *  "timestamp":"2026-05-01T12:00:00Z","voltage_V":53.12,"soc_pct":87,
 *  "cells_mV":[3320,3321],"protections":[{"code":3,"kind":"protection","text":"Cell overvoltage"}]}
 * </pre>
 */
public final class StateDocument {

  private StateDocument() {}

  /** The state as an ordered JSON tree. */
  public static Map<String, Object> of(DeviceState state) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("device", state.id());
    json.put("kind", state.kind().jsonName());
    json.put("availability", state.availability().jsonName());
    json.put("timestamp", state.timestamp().truncatedTo(ChronoUnit.MILLIS).toString());
    state.values().forEach((key, value) -> json.put(key, jsonOf(value)));
    return json;
  }

  /** The state as JSON text. */
  public static String text(DeviceState state) {
    return Json.write(of(state));
  }

  /** One value as a JSON tree node. */
  public static Object jsonOf(Value value) {
    // Java 17: no pattern matching in switch yet, so an instanceof chain over the sealed family
    if (value instanceof Value.Measured m) {
      return number(m.number());
    } else if (value instanceof Value.Text t) {
      return t.text();
    } else if (value instanceof Value.Flag f) {
      return f.flag();
    } else if (value instanceof Value.Series s) {
      return s.numbers().stream().map(StateDocument::number).toList();
    }
    return codes(((Value.Codes) value).codes());
  }

  /** A code as {@code {"code":N,"kind":"fault","text":"..."}}. */
  public static Map<String, Object> code(Code code) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("code", code.number());
    json.put("kind", code.kind());
    json.put("text", code.text());
    return json;
  }

  private static List<Object> codes(List<Code> codes) {
    List<Object> list = new ArrayList<>();
    codes.forEach(code -> list.add(code(code)));
    return list;
  }

  /** Whole numbers without a fraction ({@code 1200}, not {@code 1200.0}); NaN as null. */
  private static Object number(Double number) {
    if (number == null || number.isNaN()) {
      return null;
    }
    double d = number;
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return (long) d;
    }
    return d;
  }
}
