package io.solargw.mqtt.discovery;

import io.solargw.mqtt.DeviceState;
import io.solargw.mqtt.EntityCategory;
import io.solargw.mqtt.SettingInput;
import io.solargw.mqtt.WritableSetting;
import java.util.Map;

/**
 * The components of writable settings, only when writes are enabled and the code is allowlisted: a
 * {@code number} per range, a {@code select} per option list, a {@code switch} per toggle, each
 * with the command topic {@code <base>/<device>/set/<code>}. The entity's state is the setting's
 * value in the state JSON ({@link WritableSetting#stateKey()}), or else the last read-back on the
 * result topic.
 */
final class SettingComponents {

  private SettingComponents() {}

  static void add(DeviceState state, DiscoveryContext context, Map<String, Object> cmps) {
    if (!context.writes().enabled()) {
      return;
    }
    for (WritableSetting setting : state.settings()) {
      if (!context.writes().allow().contains(setting.code())) {
        continue;
      }
      String id = "set_" + setting.code();
      Entity entity =
          Entity.of(platform(setting.input()), setting.name(), context.entityUid(state.id(), id))
              .put("command_topic", context.topics().set(state.id(), setting.code()))
              .put("entity_category", EntityCategory.CONFIG.haName());
      inputOptions(setting.input(), entity);
      if (setting.stateKey().isEmpty()) {
        entity
            .put("state_topic", context.topics().setResult(state.id(), setting.code()))
            .put(
                "value_template",
                setting.input() instanceof SettingInput.Toggle
                    ? Templates.settingOn("read_back")
                    : Templates.field("read_back"));
      } else {
        entity.put(
            "value_template",
            setting.input() instanceof SettingInput.Toggle
                ? Templates.settingOn(setting.stateKey())
                : Templates.field(setting.stateKey()));
      }
      cmps.put(id, entity.json());
    }
  }

  private static String platform(SettingInput input) {
    if (input instanceof SettingInput.Range) {
      return "number";
    }
    return input instanceof SettingInput.Options ? "select" : "switch";
  }

  private static void inputOptions(SettingInput input, Entity entity) {
    if (input instanceof SettingInput.Range range) {
      entity
          .put("min", range.min())
          .put("max", range.max())
          .put("step", range.step())
          .put("unit_of_measurement", range.unit())
          .put("mode", "box");
    } else if (input instanceof SettingInput.Options options) {
      entity.put("options", options.options());
    } else {
      entity
          .put("payload_on", "ON")
          .put("payload_off", "OFF")
          .put("state_on", "ON")
          .put("state_off", "OFF");
    }
  }
}
