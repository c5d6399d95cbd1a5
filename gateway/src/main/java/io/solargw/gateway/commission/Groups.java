package io.solargw.gateway.commission;

import io.solargw.gateway.poll.DeviceReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Units grouped by one read-back value, largest group first. */
record Groups(Map<String, List<String>> byValue) {

  static Groups of(List<DeviceReport> units, Function<DeviceReport, Optional<String>> value) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (DeviceReport r : units) {
      m.computeIfAbsent(value.apply(r).orElse("unreadable"), k -> new ArrayList<>())
          .add(r.deviceId());
    }
    List<Map.Entry<String, List<String>>> sorted = new ArrayList<>(m.entrySet());
    sorted.sort((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()));
    Map<String, List<String>> out = new LinkedHashMap<>();
    sorted.forEach(e -> out.put(e.getKey(), List.copyOf(e.getValue())));
    return new Groups(out);
  }

  boolean uniform() {
    return byValue.size() <= 1;
  }

  /** The value most units have. */
  String majority() {
    return byValue.keySet().iterator().next();
  }

  /** The units whose value is not the majority's. */
  List<String> odd() {
    List<String> out = new ArrayList<>();
    byValue.entrySet().stream().skip(1).forEach(e -> out.addAll(e.getValue()));
    return out;
  }

  /** "230 on inverter-1, inverter-2", one line per value. */
  List<String> evidence(String prefix) {
    List<String> out = new ArrayList<>();
    byValue.forEach((v, units) -> out.add(prefix + v + " on " + String.join(", ", units)));
    return out;
  }
}
