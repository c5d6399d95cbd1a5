package io.solargw.config;

import io.solargw.config.internal.yaml.YamlDump;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The whole, validated gateway configuration: one component per top-level section of the YAML file,
 * every default filled in. Obtain it from {@link ConfigLoader}.
 *
 * @param gateway identity used in topics and unique ids
 * @param persistence where state survives restarts
 * @param buses the buses in file order, names distinct
 * @param poll polling periods
 * @param mqtt the broker connection
 * @param http the status page
 * @param writes setting writes through MQTT
 * @param logging log level
 */
public record GatewayConfig(
    GatewayIdentity gateway,
    PersistenceConfig persistence,
    List<BusConfig> buses,
    PollConfig poll,
    MqttConfig mqtt,
    HttpConfig http,
    WritesConfig writes,
    LoggingConfig logging) {

  /** Copies the bus list and checks that nothing is null and bus names are distinct. */
  public GatewayConfig {
    Objects.requireNonNull(gateway, "gateway");
    Objects.requireNonNull(persistence, "persistence");
    buses = List.copyOf(buses);
    Objects.requireNonNull(poll, "poll");
    Objects.requireNonNull(mqtt, "mqtt");
    Objects.requireNonNull(http, "http");
    Objects.requireNonNull(writes, "writes");
    Objects.requireNonNull(logging, "logging");
    Set<String> names = new HashSet<>();
    for (BusConfig bus : buses) {
      if (!names.add(bus.name())) {
        throw new IllegalArgumentException("bus name '" + bus.name() + "' appears twice");
      }
    }
  }

  /**
   * The configuration as YAML with every default written out and the MQTT password as {@code ***}:
   * for the start-up log and {@code config check}. Loading it again gives an equal configuration,
   * except for the password.
   */
  public String toYaml() {
    return YamlDump.of(this);
  }
}
