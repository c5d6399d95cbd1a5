package io.solargw.config;

/** The MQTT protocol version the client speaks: {@code protocol: 3.1.1} or {@code 5}. */
public enum MqttVersion {
  /** MQTT 3.1.1, what every broker speaks and Home Assistant uses by default. */
  V3_1_1("3.1.1"),
  /** MQTT 5. */
  V5("5");

  private final String keyword;

  MqttVersion(String keyword) {
    this.keyword = keyword;
  }

  /** The spelling in the YAML file. */
  public String keyword() {
    return keyword;
  }
}
