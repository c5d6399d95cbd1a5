package io.solargw.gateway.publish;

import io.solargw.gateway.poll.DeviceReport;
import io.solargw.mqtt.Availability;
import io.solargw.mqtt.Code;
import io.solargw.mqtt.DeviceInfo;
import io.solargw.mqtt.DeviceKind;
import io.solargw.mqtt.DeviceState;
import io.solargw.mqtt.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a device report (a nested JSON tree) into the MQTT bridge's flat device state: nested maps
 * are flattened with {@code _} (units stay at the end of every key), lists of numbers become series
 * (cells, temperatures), lists of codes and flags become code lists, setting read-backs get a
 * {@code setting_} prefix so they never clash with a measurement of the same name.
 */
public final class StateMapper {

  private StateMapper() {}

  /** The bridge state of {@code report}. */
  public static DeviceState map(DeviceReport report) {
    String id = report.deviceId();
    DeviceState.Builder b =
        DeviceState.builder(id, kind(id), title(id))
            .at(availability(report), report.at())
            .info(info(report.values()));
    Map<String, Object> v = report.values();
    if (v.get("points") instanceof Map<?, ?> points) {
      flatten(b, "", points);
      if (v.get("settings") instanceof Map<?, ?> settings) {
        flatten(b, "setting_", settings);
      }
      if (v.get("codes") instanceof List<?> codes) {
        b.value("active_codes", Value.codes(codes(codes, "code")));
      }
    } else {
      flatten(b, "", v);
    }
    return b.build();
  }

  static DeviceKind kind(String id) {
    if (id.equals("inverter-stack")) {
      return DeviceKind.INVERTER_STACK;
    }
    if (id.startsWith("pack-")) {
      return DeviceKind.BATTERY_PACK;
    }
    if (id.startsWith("battery")) {
      return DeviceKind.BATTERY_RACK;
    }
    return id.equals("gateway") ? DeviceKind.GATEWAY : DeviceKind.INVERTER;
  }

  private static String title(String id) {
    String t = id.replace('-', ' ');
    return Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }

  private static Availability availability(DeviceReport r) {
    return switch (r.availability()) {
      case ONLINE -> Availability.ONLINE;
      case STALE -> Availability.STALE;
      case OFFLINE -> Availability.OFFLINE;
    };
  }

  private static DeviceInfo info(Map<String, Object> v) {
    Object points = v.get("points");
    Map<?, ?> p = points instanceof Map<?, ?> m ? m : Map.of();
    String serial = p.get("serial_number") instanceof String s ? s : "";
    String firmware = p.get("app_version") instanceof String s ? s : "";
    return new DeviceInfo("", "", serial, firmware);
  }

  private static void flatten(DeviceState.Builder b, String prefix, Map<?, ?> map) {
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = prefix + e.getKey();
      Object value = e.getValue();
      if (!DeviceState.KEY.matcher(key).matches() || DeviceState.RESERVED_KEYS.contains(key)) {
        continue;
      }
      if (value instanceof Number n) {
        b.value(key, Value.of(n.doubleValue()));
      } else if (value instanceof String s) {
        b.value(key, Value.of(s));
      } else if (value instanceof Boolean flag) {
        b.value(key, Value.of(flag));
      } else if (value instanceof Map<?, ?> nested) {
        flatten(b, key + "_", nested);
      } else if (value instanceof List<?> list) {
        list(b, key, list);
      }
    }
  }

  private static void list(DeviceState.Builder b, String key, List<?> list) {
    if (!list.isEmpty() && list.stream().allMatch(x -> x instanceof Number)) {
      b.value(key, Value.series(list.stream().map(x -> ((Number) x).doubleValue()).toList()));
    } else if (key.endsWith("protections") || key.endsWith("alarms") || key.endsWith("faults")) {
      b.value(key, Value.codes(codes(list, key.substring(key.lastIndexOf('_') + 1))));
    } else if (list.stream().allMatch(x -> x instanceof String)) {
      b.value(key, Value.of(String.join(", ", list.stream().map(String::valueOf).toList())));
    }
  }

  private static List<Code> codes(List<?> list, String kind) {
    List<Code> out = new ArrayList<>();
    int i = 0;
    for (Object x : list) {
      i++;
      if (x instanceof Map<?, ?> m) {
        int number = m.get("number") instanceof Number n ? n.intValue() : i;
        String k = m.get("kind") instanceof String s ? s : kind;
        Object label = m.get("label");
        Object text = m.containsKey("text") ? m.get("text") : m.get("description");
        out.add(new Code(number, k, (label == null ? "" : label + ": ") + text));
      } else {
        out.add(new Code(i, kind, String.valueOf(x)));
      }
    }
    return out;
  }
}
