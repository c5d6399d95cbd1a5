package io.solargw.mqtt.discovery;

import io.solargw.mqtt.ValueMeta;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds one component of a device discovery payload, leaving out empty options. */
final class Entity {

  private final Map<String, Object> fields = new LinkedHashMap<>();

  private Entity(String platform, String name, String uniqueId) {
    fields.put("p", platform);
    fields.put("name", name);
    fields.put("unique_id", uniqueId);
  }

  /** A component with platform, name and unique id. */
  static Entity of(String platform, String name, String uniqueId) {
    return new Entity(platform, name, uniqueId);
  }

  /** Adds device class, state class, unit, icon, category and enabled-by-default from metadata. */
  Entity meta(ValueMeta meta, boolean withUnitAndStateClass) {
    put("device_class", meta.deviceClass());
    if (withUnitAndStateClass) {
      put("state_class", meta.stateClass());
      put("unit_of_measurement", meta.unit());
    }
    put("icon", meta.icon());
    put("entity_category", meta.category().haName());
    if (!meta.enabledByDefault()) {
      fields.put("enabled_by_default", false);
    }
    return this;
  }

  /** Adds an option unless its value is an empty string. */
  Entity put(String key, Object value) {
    if (!(value instanceof String text && text.isEmpty())) {
      fields.put(key, value);
    }
    return this;
  }

  /** The component's JSON tree. */
  Map<String, Object> json() {
    return fields;
  }
}
