package io.solargw.mqtt;

import io.solargw.mqtt.client.BrokerSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything the bridge is configured with; the runtime builds it from the gateway configuration.
 *
 * @param gatewayId the gateway's id ({@link #GATEWAY_ID}); prefixes every Home Assistant unique id
 *     so several gateways can share one broker
 * @param baseTopic prefix of every topic the bridge publishes, default {@code solar/<gatewayId>}
 * @param discovery publish Home Assistant discovery
 * @param discoveryPrefix Home Assistant's discovery prefix, default {@code homeassistant}
 * @param refresh every device state is republished at least this often, changed or not
 * @param deadbands smallest changes that publish a state between refreshes
 * @param writes settings writes policy (off by default)
 * @param persistenceDirectory where the set of published discovery ids is kept across restarts
 * @param broker the broker connection
 * @param softwareVersion the gateway's version, shown as the discovery origin's version
 */
public record BridgeSettings(
    String gatewayId,
    String baseTopic,
    boolean discovery,
    String discoveryPrefix,
    Duration refresh,
    Deadbands deadbands,
    WritePolicy writes,
    Path persistenceDirectory,
    BrokerSettings broker,
    String softwareVersion) {

  /** The form of a gateway id (as in the configuration's {@code gateway.id}). */
  public static final Pattern GATEWAY_ID = Pattern.compile("[a-z0-9_-]{1,32}");

  /** The form of a topic prefix: levels without wildcards, no leading or trailing slash. */
  public static final Pattern TOPIC_PREFIX = Pattern.compile("[^/#+\\x00]+(/[^/#+\\x00]+)*");

  /** Checks every field. */
  public BridgeSettings {
    check("gatewayId", gatewayId, GATEWAY_ID);
    check("baseTopic", baseTopic, TOPIC_PREFIX);
    check("discoveryPrefix", discoveryPrefix, TOPIC_PREFIX);
    Objects.requireNonNull(refresh, "refresh");
    if (refresh.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("refresh must be at least 1 s, got " + refresh);
    }
    Objects.requireNonNull(deadbands, "deadbands");
    Objects.requireNonNull(writes, "writes");
    Objects.requireNonNull(persistenceDirectory, "persistenceDirectory");
    Objects.requireNonNull(broker, "broker");
    Objects.requireNonNull(softwareVersion, "softwareVersion");
  }

  /**
   * Defaults for a gateway: base {@code solar/<id>}, discovery on under {@code homeassistant},
   * refresh 300 s, default deadbands, writes off, client id {@code solar-gateway-<id>}, MQTT 5.
   */
  public static BridgeSettings defaults(
      String gatewayId, String host, int port, Path persistenceDirectory) {
    return new BridgeSettings(
        gatewayId,
        "solar/" + gatewayId,
        true,
        "homeassistant",
        Duration.ofSeconds(300),
        Deadbands.DEFAULT,
        WritePolicy.DISABLED,
        persistenceDirectory,
        BrokerSettings.plain(host, port, "solar-gateway-" + gatewayId),
        "dev");
  }

  /** A copy with another broker connection. */
  public BridgeSettings withBroker(BrokerSettings newBroker) {
    return new BridgeSettings(
        gatewayId,
        baseTopic,
        discovery,
        discoveryPrefix,
        refresh,
        deadbands,
        writes,
        persistenceDirectory,
        newBroker,
        softwareVersion);
  }

  /** A copy with another writes policy. */
  public BridgeSettings withWrites(WritePolicy newWrites) {
    return new BridgeSettings(
        gatewayId,
        baseTopic,
        discovery,
        discoveryPrefix,
        refresh,
        deadbands,
        newWrites,
        persistenceDirectory,
        broker,
        softwareVersion);
  }

  /** A copy with other refresh period and deadbands. */
  public BridgeSettings withPublishing(Duration newRefresh, Deadbands newDeadbands) {
    return new BridgeSettings(
        gatewayId,
        baseTopic,
        discovery,
        discoveryPrefix,
        newRefresh,
        newDeadbands,
        writes,
        persistenceDirectory,
        broker,
        softwareVersion);
  }

  private static void check(String what, String text, Pattern pattern) {
    Objects.requireNonNull(text, what);
    if (!pattern.matcher(text).matches()) {
      throw new IllegalArgumentException(what + " must match " + pattern + ", got '" + text + "'");
    }
  }
}
