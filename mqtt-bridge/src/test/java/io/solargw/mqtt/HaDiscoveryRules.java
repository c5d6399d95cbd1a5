package io.solargw.mqtt;

import io.solargw.mqtt.payload.Json;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a device discovery payload against Home Assistant's MQTT discovery rules, kept as data in
 * {@code ha-discovery-rules.json}: required keys, allowed keys per platform, device classes per
 * platform, units per sensor device class, state classes per sensor device class.
 */
@SuppressWarnings("unchecked")
final class HaDiscoveryRules {

  private static final List<String> SHARED =
      List.of(
          "state_topic", "command_topic", "qos", "encoding", "availability", "availability_mode");

  private final Map<String, Object> rules;

  HaDiscoveryRules() throws IOException {
    try (InputStream in = HaDiscoveryRules.class.getResourceAsStream("/ha-discovery-rules.json")) {
      rules =
          (Map<String, Object>) Json.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** Every rule the payload breaks, one sentence each; empty when it is valid. */
  List<String> violations(Map<String, Object> payload) {
    List<String> problems = new ArrayList<>();
    Map<String, Object> device = map(rules, "device_payload");
    for (String key : strings(device, "required")) {
      if (!payload.containsKey(key)) {
        problems.add("root lacks required '" + key + "'");
      }
    }
    payload.keySet().stream()
        .filter(k -> !strings(device, "allowed_root_keys").contains(k))
        .forEach(k -> problems.add("root key '" + k + "' is not a shared option"));
    checkDevice(payload, device, problems);
    Object mode = payload.get("availability_mode");
    if (mode != null && !strings(device, "availability_modes").contains(mode)) {
      problems.add("availability_mode '" + mode + "' is not one of all/any/latest");
    }
    if (payload.get("availability") instanceof List<?> list) {
      list.forEach(
          a -> {
            if (!(a instanceof Map<?, ?> m) || !(m.get("topic") instanceof String)) {
              problems.add("availability entry without topic: " + a);
            }
          });
    }
    Object cmps = payload.get("cmps");
    if (!(cmps instanceof Map<?, ?> components) || components.isEmpty()) {
      problems.add("cmps must be a non-empty map");
      return problems;
    }
    components.forEach(
        (id, cmp) -> checkComponent((String) id, (Map<String, Object>) cmp, payload, problems));
    return problems;
  }

  private void checkDevice(
      Map<String, Object> payload, Map<String, Object> device, List<String> problems) {
    if (payload.get("dev") instanceof Map<?, ?> dev) {
      if (strings(device, "device_required_one_of").stream().noneMatch(dev::containsKey)) {
        problems.add("dev needs identifiers or connections");
      }
      dev.keySet().stream()
          .filter(k -> !strings(device, "allowed_device_keys").contains(k))
          .forEach(k -> problems.add("dev key '" + k + "' is unknown"));
    }
    if (payload.get("o") instanceof Map<?, ?> origin) {
      strings(device, "origin_required").stream()
          .filter(k -> !origin.containsKey(k))
          .forEach(k -> problems.add("o lacks required '" + k + "'"));
      origin.keySet().stream()
          .filter(k -> !strings(device, "allowed_origin_keys").contains(k))
          .forEach(k -> problems.add("o key '" + k + "' is unknown"));
    }
  }

  private void checkComponent(
      String id, Map<String, Object> cmp, Map<String, Object> root, List<String> problems) {
    String where = "cmps." + id + ": ";
    String platform = (String) cmp.get("p");
    Map<String, Object> platforms = map(rules, "platforms");
    if (!platforms.containsKey(platform)) {
      problems.add(where + "unknown platform '" + platform + "'");
      return;
    }
    Map<String, Object> rule = map(platforms, platform);
    for (String key : strings(rule, "required")) {
      boolean shared = SHARED.contains(key) && root.containsKey(key);
      if (!cmp.containsKey(key) && !shared) {
        problems.add(where + platform + " lacks required '" + key + "'");
      }
    }
    cmp.keySet().stream()
        .filter(k -> !strings(rule, "allowed_keys").contains(k))
        .forEach(k -> problems.add(where + "'" + k + "' is not a " + platform + " option"));
    Object category = cmp.get("entity_category");
    if (category != null && !strings(rules, "entity_categories").contains(category)) {
      problems.add(where + "entity_category '" + category + "' is unknown");
    }
    if ("config".equals(category) && strings(rules, "read_only_platforms").contains(platform)) {
      problems.add(where + "a read-only " + platform + " cannot be in category config");
    }
    if (cmp.containsKey("enabled_by_default")
        && !(cmp.get("enabled_by_default") instanceof Boolean)) {
      problems.add(where + "enabled_by_default must be a boolean");
    }
    if (cmp.get("value_template") instanceof String t && !t.contains("value_json")) {
      problems.add(where + "value_template does not read the JSON state: " + t);
    }
    switch (platform) {
      case "sensor" -> checkSensor(where, cmp, problems);
      case "number" -> checkNumber(where, cmp, rule, problems);
      case "select" -> {
        if (!(cmp.get("options") instanceof List<?> options) || options.isEmpty()) {
          problems.add(where + "select needs a non-empty options list");
        }
      }
      default -> checkDeviceClassList(where, cmp, rule, problems);
    }
  }

  private void checkSensor(String where, Map<String, Object> cmp, List<String> problems) {
    Object deviceClass = cmp.get("device_class");
    Object unit = cmp.get("unit_of_measurement");
    Object stateClass = cmp.get("state_class");
    if (stateClass != null && !strings(rules, "state_classes").contains(stateClass)) {
      problems.add(where + "state_class '" + stateClass + "' is unknown");
    }
    if (deviceClass == null) {
      return;
    }
    Map<String, Object> units = map(rules, "sensor_device_class_units");
    if (!units.containsKey(deviceClass)) {
      problems.add(where + "sensor device_class '" + deviceClass + "' is unknown");
      return;
    }
    List<Object> allowedUnits = (List<Object>) units.get(deviceClass);
    if (!allowedUnits.contains(unit)) {
      problems.add(
          where
              + "unit '"
              + unit
              + "' is not valid for device_class '"
              + deviceClass
              + "' (expected one of "
              + allowedUnits
              + ")");
    }
    List<Object> classes =
        (List<Object>) map(rules, "sensor_device_class_state_classes").get(deviceClass);
    if (stateClass != null && classes != null && !classes.contains(stateClass)) {
      problems.add(
          where
              + "state_class '"
              + stateClass
              + "' is not allowed for device_class '"
              + deviceClass
              + "' (allowed "
              + classes
              + ")");
    }
  }

  private static void checkNumber(
      String where, Map<String, Object> cmp, Map<String, Object> rule, List<String> problems) {
    BigDecimal min = new BigDecimal(String.valueOf(cmp.getOrDefault("min", "1")));
    BigDecimal max = new BigDecimal(String.valueOf(cmp.getOrDefault("max", "100")));
    BigDecimal step = new BigDecimal(String.valueOf(cmp.getOrDefault("step", "1")));
    if (min.compareTo(max) > 0 || step.signum() <= 0) {
      problems.add(where + "number needs min <= max and step > 0");
    }
    Object mode = cmp.get("mode");
    if (mode != null && !strings(rule, "modes").contains(mode)) {
      problems.add(where + "number mode '" + mode + "' is unknown");
    }
  }

  private static void checkDeviceClassList(
      String where, Map<String, Object> cmp, Map<String, Object> rule, List<String> problems) {
    Object deviceClass = cmp.get("device_class");
    if (deviceClass != null && !strings(rule, "device_classes").contains(deviceClass)) {
      problems.add(
          where
              + "device_class '"
              + deviceClass
              + "' is not one of "
              + strings(rule, "device_classes"));
    }
  }

  /** The energy-dashboard rule: device class, state class and unit it accepts. */
  boolean energyDashboardAccepts(Map<String, Object> cmp) {
    Map<String, Object> rule = map(rules, "energy_dashboard");
    return rule.get("device_class").equals(cmp.get("device_class"))
        && strings(rule, "state_classes").contains(cmp.get("state_class"))
        && strings(rule, "units").contains(cmp.get("unit_of_measurement"));
  }

  private static Map<String, Object> map(Map<String, Object> from, String key) {
    return (Map<String, Object>) from.get(key);
  }

  private static List<String> strings(Map<String, Object> from, String key) {
    return (List<String>) from.get(key);
  }
}
