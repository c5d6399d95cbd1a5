package io.solargw.mqtt.discovery;

import io.solargw.mqtt.WritePolicy;
import io.solargw.mqtt.topic.TopicTree;
import java.util.Objects;

/**
 * What discovery payloads depend on besides the device: topics, the gateway id that makes ids
 * unique across gateways, the writes policy and the gateway's version.
 *
 * @param topics the topic tree
 * @param gatewayId the gateway id
 * @param writes which settings are exposed as entities
 * @param softwareVersion shown as the origin's version
 */
public record DiscoveryContext(
    TopicTree topics, String gatewayId, WritePolicy writes, String softwareVersion) {

  /** Prefix of every identifier, so that ids of other integrations never collide with ours. */
  public static final String ID_PREFIX = "solargw";

  /** Checks every field is given. */
  public DiscoveryContext {
    Objects.requireNonNull(topics, "topics");
    Objects.requireNonNull(gatewayId, "gatewayId");
    Objects.requireNonNull(writes, "writes");
    Objects.requireNonNull(softwareVersion, "softwareVersion");
  }

  /**
   * The Home Assistant device identifier and discovery node id: {@code solargw_<gateway>_<device>},
   * e.g. {@code solargw_garage_inverter-1}. Stable across restarts, distinct across gateways.
   */
  public String deviceUid(String deviceId) {
    return ID_PREFIX + "_" + gatewayId + "_" + deviceId;
  }

  /** An entity's unique id: {@code <device uid>_<component id>}. */
  public String entityUid(String deviceId, String componentId) {
    return deviceUid(deviceId) + "_" + componentId;
  }
}
