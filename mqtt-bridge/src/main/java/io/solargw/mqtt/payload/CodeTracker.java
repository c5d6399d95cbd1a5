package io.solargw.mqtt.payload;

import io.solargw.mqtt.Code;
import io.solargw.mqtt.DeviceState;
import io.solargw.mqtt.Value;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the active-code lists of successive states into the events of a device's event topic: one
 * per code that appears ({@code raised}) or disappears ({@code cleared}).
 *
 * <pre>
 * {"device":"inverter-2","event":"raised","family":"faults","code":12,"kind":"fault",
 *  "text":"Battery over-voltage","timestamp":"2026-05-01T12:00:00Z"}
 * </pre>
 *
 * <p>Codes are compared with the last KNOWN list of the same family: a state without that family
 * (an offline device reporting nothing) changes nothing, since absence means "not known", not
 * "cleared". A family seen for the first time raises all its codes, so a gateway restart
 * re-announces what is active. Not thread-safe: the bridge calls it under its lock.
 */
public final class CodeTracker {

  private final Map<String, Map<String, List<Code>>> known = new HashMap<>();

  /** The events the new state implies, raised before cleared, in value order. */
  public List<Map<String, Object>> update(DeviceState state) {
    Map<String, List<Code>> families = known.computeIfAbsent(state.id(), id -> new HashMap<>());
    List<Map<String, Object>> events = new ArrayList<>();
    state
        .values()
        .forEach(
            (family, value) -> {
              if (value instanceof Value.Codes current) {
                List<Code> before = families.getOrDefault(family, List.of());
                diff(state, family, before, current.codes(), events);
                families.put(family, current.codes());
              }
            });
    return events;
  }

  /** Forgets a device (it was removed). */
  public void forget(String deviceId) {
    known.remove(deviceId);
  }

  private static void diff(
      DeviceState state,
      String family,
      List<Code> before,
      List<Code> after,
      List<Map<String, Object>> events) {
    for (Code code : after) {
      if (before.stream().noneMatch(b -> same(b, code))) {
        events.add(event(state, "raised", family, code));
      }
    }
    for (Code code : before) {
      if (after.stream().noneMatch(a -> same(a, code))) {
        events.add(event(state, "cleared", family, code));
      }
    }
  }

  private static boolean same(Code a, Code b) {
    return a.number() == b.number() && a.kind().equals(b.kind());
  }

  private static Map<String, Object> event(
      DeviceState state, String action, String family, Code code) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("device", state.id());
    json.put("event", action);
    json.put("family", family);
    json.putAll(StateDocument.code(code));
    json.put("timestamp", state.timestamp().truncatedTo(ChronoUnit.MILLIS).toString());
    return json;
  }
}
