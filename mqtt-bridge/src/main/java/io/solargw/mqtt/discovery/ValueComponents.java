package io.solargw.mqtt.discovery;

import io.solargw.mqtt.DeviceState;
import io.solargw.mqtt.EntityCategory;
import io.solargw.mqtt.Value;
import io.solargw.mqtt.ValueMeta;
import java.util.Map;

/**
 * The components of plain values: a {@code sensor} per number and text, a {@code binary_sensor} per
 * flag, one (by default disabled) {@code sensor} per element of a list, a {@code sensor} and a
 * {@code binary_sensor} per code family, and a diagnostic "Last update" timestamp sensor.
 */
final class ValueComponents {

  private ValueComponents() {}

  /** Adds the components of every value of the state, keyed by component id. */
  static void add(DeviceState state, DiscoveryContext context, Map<String, Object> cmps) {
    state
        .values()
        .forEach(
            (key, value) -> {
              ValueMeta meta = state.metaFor(key);
              String uid = context.entityUid(state.id(), key);
              if (value instanceof Value.Series series) {
                addSeries(state, context, key, series, meta, cmps);
              } else if (value instanceof Value.Codes) {
                CodeComponents.add(state, context, key, meta, cmps);
              } else if (value instanceof Value.Flag) {
                cmps.put(
                    key,
                    Entity.of("binary_sensor", meta.name(), uid)
                        .meta(meta, false)
                        .put("value_template", Templates.flag(key))
                        .json());
              } else {
                cmps.put(
                    key,
                    Entity.of("sensor", meta.name(), uid)
                        .meta(meta, value instanceof Value.Measured)
                        .put("value_template", Templates.field(key))
                        .json());
              }
            });
    cmps.put(
        "last_update",
        Entity.of("sensor", "Last update", context.entityUid(state.id(), "last_update"))
            .put("device_class", "timestamp")
            .put("entity_category", EntityCategory.DIAGNOSTIC.haName())
            .put("value_template", Templates.field("timestamp"))
            .json());
  }

  private static void addSeries(
      DeviceState state,
      DiscoveryContext context,
      String key,
      Value.Series series,
      ValueMeta meta,
      Map<String, Object> cmps) {
    String singular =
        meta.name().endsWith("s")
            ? meta.name().substring(0, meta.name().length() - 1)
            : meta.name();
    for (int i = 0; i < series.numbers().size(); i++) {
      String id = key + "_" + (i + 1);
      cmps.put(
          id,
          Entity.of("sensor", singular + " " + (i + 1), context.entityUid(state.id(), id))
              .meta(meta, true)
              .put("value_template", Templates.element(key, i))
              .json());
    }
  }
}
