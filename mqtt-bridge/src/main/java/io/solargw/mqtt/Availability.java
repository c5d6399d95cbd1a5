package io.solargw.mqtt;

/**
 * Whether a device answers its polls.
 *
 * <p>Home Assistant knows two availability payloads only, so {@link #STALE} (values kept from the
 * last good poll, newer polls failing) is published as {@code offline} on the availability topic
 * and as {@code "stale"} in the state JSON.
 */
public enum Availability {
  /** The last poll succeeded. */
  ONLINE("online", "online"),
  /** The device does not answer. */
  OFFLINE("offline", "offline"),
  /** The last values are old: recent polls failed but the device is not declared offline yet. */
  STALE("stale", "offline");

  private final String jsonName;
  private final String topicPayload;

  Availability(String jsonName, String topicPayload) {
    this.jsonName = jsonName;
    this.topicPayload = topicPayload;
  }

  /** The spelling in the state JSON's {@code availability} field. */
  public String jsonName() {
    return jsonName;
  }

  /** The payload of the availability topic: {@code online} or {@code offline}. */
  public String topicPayload() {
    return topicPayload;
  }
}
