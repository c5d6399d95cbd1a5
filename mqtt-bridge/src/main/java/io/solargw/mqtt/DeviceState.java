package io.solargw.mqtt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One snapshot of one device, as the runtime hands it to the bridge after a poll cycle.
 *
 * @param id stable device id, part of topics and unique ids: {@code inverter-1}, {@code pack-3},
 *     {@code inverter-stack}, {@code battery-rack}, {@code gateway} ({@link #ID})
 * @param kind what the device is
 * @param name display name in Home Assistant, e.g. {@code Inverter 1}
 * @param info manufacturer, model, serial and firmware for the device registry
 * @param viaDevice the id of the device this one is reached through (packs via {@code
 *     battery-rack}, units via {@code inverter-stack}, those via {@code gateway}); empty for the
 *     gateway
 * @param availability whether the device answers
 * @param timestamp when the values were read
 * @param values the values in publishing order; keys carry the unit ({@code pv_power_W})
 * @param meta per-key overrides of the metadata {@link ValueMeta#infer} derives from the key
 * @param settings writable settings of the device (exposed only when writes are enabled and the
 *     code is allowlisted)
 */
public record DeviceState(
    String id,
    DeviceKind kind,
    String name,
    DeviceInfo info,
    String viaDevice,
    Availability availability,
    Instant timestamp,
    Map<String, Value> values,
    Map<String, ValueMeta> meta,
    List<WritableSetting> settings) {

  /** What a device id may look like: it becomes a topic level and part of unique ids. */
  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,47}");

  /** What a value key may look like: it becomes a JSON field and a component id. */
  public static final Pattern KEY = Pattern.compile("[A-Za-z0-9_]{1,64}");

  /** Fields of the state JSON that the bridge writes itself; no value may use these keys. */
  public static final Set<String> RESERVED_KEYS =
      Set.of("device", "kind", "availability", "timestamp");

  /** Checks ids and keys and copies the collections, keeping the order of values. */
  public DeviceState {
    requireMatch("id", id, ID);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(viaDevice, "viaDevice");
    if (!viaDevice.isEmpty()) {
      requireMatch("viaDevice", viaDevice, ID);
    }
    Objects.requireNonNull(availability, "availability");
    Objects.requireNonNull(timestamp, "timestamp");
    values.keySet().forEach(key -> requireMatch("values key", key, KEY));
    values.keySet().stream()
        .filter(RESERVED_KEYS::contains)
        .findFirst()
        .ifPresent(
            key -> {
              throw new IllegalArgumentException(
                  "values key '" + key + "' is reserved; reserved: " + RESERVED_KEYS);
            });
    values.values().forEach(v -> Objects.requireNonNull(v, "value"));
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    meta = Map.copyOf(meta);
    settings = List.copyOf(settings);
  }

  /** A builder with the usual {@code via_device} for the kind and no values. */
  public static Builder builder(String id, DeviceKind kind, String name) {
    return new Builder(id, kind, name);
  }

  /** The metadata of a key: the override if any, else inferred from the key and its value. */
  public ValueMeta metaFor(String key) {
    ValueMeta override = meta.get(key);
    return override != null ? override : ValueMeta.infer(key, values.get(key));
  }

  private static void requireMatch(String what, String text, Pattern pattern) {
    Objects.requireNonNull(text, what);
    if (!pattern.matcher(text).matches()) {
      throw new IllegalArgumentException(what + " must match " + pattern + ", got '" + text + "'");
    }
  }

  /** Builds a {@link DeviceState} step by step. */
  public static final class Builder {
    private final String id;
    private final DeviceKind kind;
    private final String name;
    private DeviceInfo info = DeviceInfo.UNKNOWN;
    private String viaDevice;
    private Availability availability = Availability.ONLINE;
    private Instant timestamp = Instant.EPOCH;
    private final Map<String, Value> values = new LinkedHashMap<>();
    private final Map<String, ValueMeta> meta = new LinkedHashMap<>();
    private final List<WritableSetting> settings = new ArrayList<>();

    private Builder(String id, DeviceKind kind, String name) {
      this.id = id;
      this.kind = kind;
      this.name = name;
      this.viaDevice =
          switch (kind) {
            case INVERTER -> "inverter-stack";
            case BATTERY_PACK -> "battery-rack";
            case INVERTER_STACK, BATTERY_RACK -> "gateway";
            case GATEWAY -> "";
          };
    }

    /** Sets manufacturer, model, serial and firmware. */
    public Builder info(DeviceInfo newInfo) {
      this.info = newInfo;
      return this;
    }

    /** Sets the parent device id (empty for none). */
    public Builder via(String parentId) {
      this.viaDevice = parentId;
      return this;
    }

    /** Sets availability and the read time. */
    public Builder at(Availability newAvailability, Instant readAt) {
      this.availability = newAvailability;
      this.timestamp = readAt;
      return this;
    }

    /** Adds or replaces a value. */
    public Builder value(String key, Value value) {
      values.put(key, value);
      return this;
    }

    /** Adds a number. */
    public Builder value(String key, double number) {
      return value(key, Value.of(number));
    }

    /** Overrides the inferred metadata of a key. */
    public Builder meta(String key, ValueMeta valueMeta) {
      meta.put(key, valueMeta);
      return this;
    }

    /** Adds a writable setting. */
    public Builder setting(WritableSetting setting) {
      settings.add(setting);
      return this;
    }

    /** The state. */
    public DeviceState build() {
      return new DeviceState(
          id, kind, name, info, viaDevice, availability, timestamp, values, meta, settings);
    }
  }
}
