package io.solargw.mqtt.discovery;

import io.solargw.mqtt.DeviceInfo;
import io.solargw.mqtt.DeviceState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Home Assistant device discovery payload (the 2024.11+ schema): {@code dev} for the device
 * registry, {@code o} for the origin, the shared {@code state_topic}, an {@code availability} list
 * (gateway status AND device availability, mode {@code all}: a silent inverter is unavailable while
 * the others stay available; a dead gateway makes everything unavailable) and {@code cmps}, one
 * component per entity.
 */
public final class DiscoveryDocument {

  /** The origin name shown in Home Assistant's MQTT info. */
  public static final String ORIGIN_NAME = "Solar Gateway";

  private DiscoveryDocument() {}

  /** The payload for one device. */
  public static Map<String, Object> of(DeviceState state, DiscoveryContext context) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("dev", device(state, context));
    Map<String, Object> origin = new LinkedHashMap<>();
    origin.put("name", ORIGIN_NAME);
    origin.put("sw_version", context.softwareVersion());
    json.put("o", origin);
    json.put("state_topic", context.topics().state(state.id()));
    json.put(
        "availability",
        List.of(
            Map.of("topic", context.topics().status()),
            Map.of("topic", context.topics().availability(state.id()))));
    json.put("availability_mode", "all");
    json.put("qos", 1);
    Map<String, Object> cmps = new LinkedHashMap<>();
    ValueComponents.add(state, context, cmps);
    SettingComponents.add(state, context, cmps);
    json.put("cmps", cmps);
    return json;
  }

  private static Map<String, Object> device(DeviceState state, DiscoveryContext context) {
    Map<String, Object> dev = new LinkedHashMap<>();
    dev.put("identifiers", List.of(context.deviceUid(state.id())));
    dev.put("name", state.name());
    DeviceInfo info = state.info();
    putIfKnown(dev, "manufacturer", info.manufacturer());
    putIfKnown(dev, "model", info.model());
    putIfKnown(dev, "serial_number", info.serialNumber());
    putIfKnown(dev, "sw_version", info.firmware());
    if (!state.viaDevice().isEmpty()) {
      dev.put("via_device", context.deviceUid(state.viaDevice()));
    }
    return dev;
  }

  private static void putIfKnown(Map<String, Object> map, String key, String value) {
    if (!value.isEmpty()) {
      map.put(key, value);
    }
  }
}
