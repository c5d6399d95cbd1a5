package io.solargw.mqtt.topic;

import java.util.Objects;
import java.util.Optional;

/**
 * Every topic the bridge publishes or subscribes to, under a base (default {@code solar/<gateway
 * id>}) and Home Assistant's discovery prefix.
 *
 * <pre>
 * &lt;base&gt;/status                         online|offline, retained (LWT)
 * &lt;base&gt;/&lt;device&gt;/state                 JSON state, retained
 * &lt;base&gt;/&lt;device&gt;/availability          online|offline, retained
 * &lt;base&gt;/&lt;device&gt;/event                 raised/cleared codes, not retained
 * &lt;base&gt;/&lt;device&gt;/set/&lt;code&gt;            commands (subscribed)
 * &lt;base&gt;/&lt;device&gt;/set/&lt;code&gt;/result     command outcome, not retained
 * &lt;base&gt;/gateway/stats                  cycle and MQTT statistics, retained
 * &lt;prefix&gt;/device/&lt;unique id&gt;/config     Home Assistant device discovery, retained
 * &lt;prefix&gt;/status                       Home Assistant's birth/will (subscribed)
 * </pre>
 *
 * @param base the base topic
 * @param discoveryPrefix Home Assistant's discovery prefix
 */
public record TopicTree(String base, String discoveryPrefix) {

  private static final String SET = "set";

  /** Checks both are given. */
  public TopicTree {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(discoveryPrefix, "discoveryPrefix");
  }

  /** {@code <base>/status}: the gateway's own availability and last will. */
  public String status() {
    return base + "/status";
  }

  /** {@code <base>/<device>/state}. */
  public String state(String deviceId) {
    return base + "/" + deviceId + "/state";
  }

  /** {@code <base>/<device>/availability}. */
  public String availability(String deviceId) {
    return base + "/" + deviceId + "/availability";
  }

  /** {@code <base>/<device>/event}. */
  public String event(String deviceId) {
    return base + "/" + deviceId + "/event";
  }

  /** {@code <base>/gateway/stats}. */
  public String stats() {
    return base + "/gateway/stats";
  }

  /** {@code <base>/<device>/set/<code>}. */
  public String set(String deviceId, String code) {
    return base + "/" + deviceId + "/" + SET + "/" + code;
  }

  /** {@code <base>/<device>/set/<code>/result}. */
  public String setResult(String deviceId, String code) {
    return set(deviceId, code) + "/result";
  }

  /** {@code <base>/+/set/+}: the subscription for every command. */
  public String setFilter() {
    return base + "/+/" + SET + "/+";
  }

  /** {@code <prefix>/device/<unique device id>/config}. */
  public String discovery(String uniqueDeviceId) {
    return discoveryPrefix + "/device/" + uniqueDeviceId + "/config";
  }

  /** {@code <prefix>/status}: Home Assistant announces {@code online} there when it starts. */
  public String homeAssistantStatus() {
    return discoveryPrefix + "/status";
  }

  /**
   * The device id and setting code of a command topic, or empty when the topic is not one.
   *
   * @param topic a topic matched by {@link #setFilter()}
   */
  public Optional<SetTarget> parseSet(String topic) {
    String prefix = base + "/";
    if (!topic.startsWith(prefix)) {
      return Optional.empty();
    }
    String[] levels = topic.substring(prefix.length()).split("/", -1);
    if (levels.length != 3 || !SET.equals(levels[1])) {
      return Optional.empty();
    }
    return Optional.of(new SetTarget(levels[0], levels[2]));
  }

  /**
   * The addressee of a command topic.
   *
   * @param deviceId the device level, e.g. {@code inverter-2} or {@code inverter-stack}
   * @param code the setting code level, e.g. {@code WFM}
   */
  public record SetTarget(String deviceId, String code) {}
}
