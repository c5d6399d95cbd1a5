package io.solargw.mqtt.client;

/** The MQTT protocol version spoken to the broker. */
public enum MqttProtocol {
  /** MQTT 5 (the default). */
  V5,
  /** MQTT 3.1.1, for old brokers. */
  V3_1_1
}
