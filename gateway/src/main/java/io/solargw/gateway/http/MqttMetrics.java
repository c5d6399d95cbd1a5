package io.solargw.gateway.http;

/**
 * What the MQTT bridge tells the metrics page. Implemented by the MQTT client wrapper; every method
 * is called from the HTTP thread while the bridge runs, so each must be a cheap, thread-safe read
 * (a volatile flag, an atomic counter).
 */
public interface MqttMetrics {

  /** True while connected to the broker. */
  boolean connected();

  /** Messages handed to the broker since start. */
  long publishes();

  /** Messages given up (offline buffer full, expired) since start. */
  long dropped();

  /** Successful reconnections since start (the first connection not counted). */
  long reconnects();
}
