package io.solargw.mqtt.command;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON on {@code <base>/<device>/set/<code>/result}.
 *
 * <pre>
 * {"ok":true,"device":"inverter-1","code":"WFM","value":"SBU","read_back":"SBU","timestamp":"..."}
 * {"ok":false,"device":"inverter-1","code":"WFM","error":"WFM expects one of SOL, UTI, SBU, got 'X'",
 *  "reason":"bad_value","timestamp":"..."}
 * </pre>
 *
 * A stack command adds {@code units}: one {@code {"ok":..,"read_back"|"error":..}} per unit.
 */
final class CommandReply {

  private CommandReply() {}

  static Map<String, Object> rejected(
      String device, String code, CommandRejected rejection, Instant now) {
    Map<String, Object> json = head(false, device, code);
    json.put("error", rejection.getMessage());
    json.put("reason", rejection.reason().name().toLowerCase(java.util.Locale.ROOT));
    json.put("timestamp", stamp(now));
    return json;
  }

  static Map<String, Object> written(
      String device, String code, String value, Map<String, Object> unit, Instant now) {
    boolean ok = Boolean.TRUE.equals(unit.get("ok"));
    Map<String, Object> json = head(ok, device, code);
    json.put("value", value);
    unit.forEach(
        (k, v) -> {
          if (!"ok".equals(k)) {
            json.put(k, v);
          }
        });
    json.put("timestamp", stamp(now));
    return json;
  }

  static Map<String, Object> unit(boolean ok, String detailKey, String detail) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("ok", ok);
    json.put(detailKey, detail);
    return json;
  }

  private static Map<String, Object> head(boolean ok, String device, String code) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("ok", ok);
    json.put("device", device);
    json.put("code", code);
    return json;
  }

  private static String stamp(Instant now) {
    return now.truncatedTo(ChronoUnit.MILLIS).toString();
  }
}
