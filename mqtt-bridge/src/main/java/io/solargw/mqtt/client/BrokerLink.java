package io.solargw.mqtt.client;

/**
 * One MQTT connection, without retries: the {@link BrokerSession} owns reconnecting, backoff and
 * buffering. Every call blocks until the broker acknowledged it or a timeout passed.
 */
public interface BrokerLink {

  /** What a link reports on its own: messages on subscribed topics and the loss of connection. */
  interface Listener {
    /** A message arrived on a subscribed topic. Must not block. */
    void messageArrived(String topic, byte[] payload, boolean retained);

    /** The connection broke (not called after {@link #disconnect()} or {@link #close()}). */
    void connectionLost(String reason);
  }

  /**
   * Connects with a clean session and a retained QoS 1 last will.
   *
   * @param willTopic where the broker publishes {@code willPayload} if the connection dies
   */
  void connect(String willTopic, String willPayload) throws LinkException;

  /** Publishes at QoS 1 and waits for the broker's acknowledgement. */
  void publish(String topic, byte[] payload, boolean retained) throws LinkException;

  /** Subscribes at QoS 1. */
  void subscribe(String filter) throws LinkException;

  /** Sends DISCONNECT (the broker drops the will) and closes. */
  void disconnect();

  /** Closes without DISCONNECT; safe to call in any state, more than once. */
  void close();
}
