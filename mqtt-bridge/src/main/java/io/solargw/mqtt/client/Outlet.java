package io.solargw.mqtt.client;

/**
 * Where the bridge's messages go. Never blocks: while the broker is away messages wait in a bounded
 * buffer.
 */
public interface Outlet {

  /**
   * Publishes a retained message, QoS 1. Only the latest payload per topic is kept while waiting.
   * An empty payload clears the retained message.
   */
  void publishRetained(String topic, String payload);

  /**
   * Publishes a non-retained message, QoS 1 (events, command results). Every one is kept while
   * waiting, up to a small bound beyond which the oldest are dropped and counted.
   */
  void publishTransient(String topic, String payload);
}
