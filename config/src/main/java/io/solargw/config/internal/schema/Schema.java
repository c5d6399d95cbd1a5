package io.solargw.config.internal.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every key the configuration knows and the shape of its value. One tree serves three purposes:
 * unknown-key detection (with suggestions), mapping environment variable names onto keys without
 * guessing at underscores, and the documentation check. Types and ranges live in the binders.
 */
public final class Schema {

  /** The shape of a value. */
  public sealed interface Shape {}

  /** A single value. */
  public record Value() implements Shape {}

  /** A list of single values ({@code [WFM, CHM]}, or {@code WFM,CHM}). */
  public record Values() implements Shape {}

  /**
   * A mapping with known keys.
   *
   * @param keys the keys in documentation order
   */
  public record Section(Map<String, Shape> keys) implements Shape {

    /** Copies the keys, keeping their order. */
    public Section {
      keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }
  }

  /**
   * A list of mappings ({@code buses}, {@code inverters}).
   *
   * @param element the shape of every element
   */
  public record SectionList(Section element) implements Shape {}

  private static final Value VALUE = new Value();

  /** The whole configuration file. */
  public static final Section ROOT =
      section(
          key("gateway", section(key("id", VALUE))),
          key("persistence", section(key("directory", VALUE))),
          key("buses", new SectionList(bus())),
          key("poll", values("fast_s", "slow_s", "unavailable_after", "offline_poll_s")),
          key("mqtt", mqtt()),
          key("http", values("enabled", "bind", "port", "page")),
          key(
              "writes",
              section(
                  key("enabled", VALUE), key("allow", new Values()), key("min_interval_s", VALUE))),
          key("logging", section(key("level", VALUE))));

  private Schema() {}

  private static Section bus() {
    Section inverter = values("address", "name", "profile", "phase");
    Section battery = values("mode", "packs", "protocol_version", "address");
    return section(
        key("name", VALUE),
        key("protocol", VALUE),
        key("transport", VALUE),
        key("port", VALUE),
        key("baud", VALUE),
        key("framing", VALUE),
        key("timeout_ms", VALUE),
        key("retries", VALUE),
        key("gap_ms", VALUE),
        key("inverters", new SectionList(inverter)),
        key("battery", battery));
  }

  private static Section mqtt() {
    return section(
        key("enabled", VALUE),
        key("host", VALUE),
        key("port", VALUE),
        key("protocol", VALUE),
        key("username", VALUE),
        key("password", VALUE),
        key("password_file", VALUE),
        key("client_id", VALUE),
        key("base_topic", VALUE),
        key("discovery", VALUE),
        key("discovery_prefix", VALUE),
        key("refresh_s", VALUE),
        key(
            "deadband",
            values("voltage_V", "current_A", "power_W", "temperature_C", "soc_pct", "energy_kWh")),
        key("tls", values("enabled", "ca_file", "cert_file", "key_file", "insecure")));
  }

  /**
   * Every key path in documentation form, list elements written {@code []}: {@code gateway}, {@code
   * gateway.id}, ..., {@code buses[].inverters[].address}, ...
   */
  public static List<String> paths() {
    List<String> paths = new ArrayList<>();
    collect(ROOT, "", paths);
    return List.copyOf(paths);
  }

  private static void collect(Section section, String prefix, List<String> paths) {
    section
        .keys()
        .forEach(
            (key, shape) -> {
              String path = prefix + key;
              paths.add(path);
              if (shape instanceof Section inner) {
                collect(inner, path + ".", paths);
              } else if (shape instanceof SectionList list) {
                collect(list.element(), path + "[].", paths);
              }
            });
  }

  private static Map.Entry<String, Shape> key(String name, Shape shape) {
    return Map.entry(name, shape);
  }

  @SafeVarargs
  private static Section section(Map.Entry<String, Shape>... keys) {
    Map<String, Shape> map = new LinkedHashMap<>();
    for (Map.Entry<String, Shape> key : keys) {
      map.put(key.getKey(), key.getValue());
    }
    return new Section(map);
  }

  private static Section values(String... names) {
    Map<String, Shape> map = new LinkedHashMap<>();
    for (String name : names) {
      map.put(name, VALUE);
    }
    return new Section(map);
  }
}
