package io.solargw.mqtt.discovery;

import io.solargw.mqtt.DeviceState;
import io.solargw.mqtt.ValueMeta;
import java.util.Map;

/**
 * The two components of a code family (e.g. {@code faults}): a {@code binary_sensor} of device
 * class {@code problem}, on while any code is active, and a text {@code sensor} with the active
 * codes' texts (the full list as its {@code codes} attribute).
 */
final class CodeComponents {

  private CodeComponents() {}

  static void add(
      DeviceState state,
      DiscoveryContext context,
      String key,
      ValueMeta meta,
      Map<String, Object> cmps) {
    String problemClass = meta.deviceClass().isEmpty() ? "problem" : meta.deviceClass();
    cmps.put(
        key,
        Entity.of("binary_sensor", meta.name(), context.entityUid(state.id(), key))
            .meta(meta.withDeviceClass(problemClass), false)
            .put("value_template", Templates.anyCode(key))
            .json());
    String textId = key + "_text";
    cmps.put(
        textId,
        Entity.of("sensor", meta.name() + " text", context.entityUid(state.id(), textId))
            .put("icon", meta.icon().isEmpty() ? "mdi:alert-circle-outline" : meta.icon())
            .put("entity_category", meta.category().haName())
            .put("value_template", Templates.codeTexts(key))
            .put("json_attributes_topic", context.topics().state(state.id()))
            .put("json_attributes_template", Templates.codeAttributes(key))
            .json());
  }
}
