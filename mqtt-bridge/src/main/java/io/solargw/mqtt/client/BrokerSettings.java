package io.solargw.mqtt.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the broker and how to behave while it is away.
 *
 * @param host broker host name or address
 * @param port broker port
 * @param protocol MQTT version
 * @param username user name, if the broker wants one
 * @param password password, never printed by {@link #toString()}
 * @param clientId MQTT client id, e.g. {@code solar-gateway-<gateway id>}
 * @param tls encryption
 * @param keepAlive MQTT keep-alive; the broker publishes the will after 1.5 times this of silence
 * @param connectTimeout how long one connection attempt may take
 * @param backoffInitial wait before the first reconnect attempt; doubles on every failure
 * @param backoffMax cap of the reconnect wait
 * @param maxBufferedTopics how many distinct retained topics (latest value each) are kept while the
 *     broker is away; a new topic beyond this is dropped and counted
 * @param maxBufferedEvents how many non-retained messages (events, command results) are kept while
 *     the broker is away; the oldest beyond this is dropped and counted
 */
public record BrokerSettings(
    String host,
    int port,
    MqttProtocol protocol,
    Optional<String> username,
    Optional<String> password,
    String clientId,
    TlsSettings tls,
    Duration keepAlive,
    Duration connectTimeout,
    Duration backoffInitial,
    Duration backoffMax,
    int maxBufferedTopics,
    int maxBufferedEvents) {

  /** Checks ranges. */
  public BrokerSettings {
    Objects.requireNonNull(host, "host");
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("port must be 1..65535, got " + port);
    }
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(tls, "tls");
    requirePositive("keepAlive", keepAlive);
    requirePositive("connectTimeout", connectTimeout);
    requirePositive("backoffInitial", backoffInitial);
    requirePositive("backoffMax", backoffMax);
    if (maxBufferedTopics < 1 || maxBufferedEvents < 0) {
      throw new IllegalArgumentException(
          "maxBufferedTopics must be >= 1 and maxBufferedEvents >= 0, got "
              + maxBufferedTopics
              + " and "
              + maxBufferedEvents);
    }
  }

  /**
   * Plain MQTT 5 to {@code host:port}, no credentials, keep-alive 30 s, backoff 1 s doubling to 60
   * s, 10000 buffered topics, 100 buffered events.
   */
  public static BrokerSettings plain(String host, int port, String clientId) {
    return new BrokerSettings(
        host,
        port,
        MqttProtocol.V5,
        Optional.empty(),
        Optional.empty(),
        clientId,
        TlsSettings.DISABLED,
        Duration.ofSeconds(30),
        Duration.ofSeconds(10),
        Duration.ofSeconds(1),
        Duration.ofSeconds(60),
        10_000,
        100);
  }

  /** A copy speaking another protocol version. */
  public BrokerSettings withProtocol(MqttProtocol newProtocol) {
    return new BrokerSettings(
        host,
        port,
        newProtocol,
        username,
        password,
        clientId,
        tls,
        keepAlive,
        connectTimeout,
        backoffInitial,
        backoffMax,
        maxBufferedTopics,
        maxBufferedEvents);
  }

  /** A copy with credentials. */
  public BrokerSettings withCredentials(String user, String secret) {
    return new BrokerSettings(
        host,
        port,
        protocol,
        Optional.of(user),
        Optional.of(secret),
        clientId,
        tls,
        keepAlive,
        connectTimeout,
        backoffInitial,
        backoffMax,
        maxBufferedTopics,
        maxBufferedEvents);
  }

  /** A copy with TLS settings. */
  public BrokerSettings withTls(TlsSettings newTls) {
    return new BrokerSettings(
        host,
        port,
        protocol,
        username,
        password,
        clientId,
        newTls,
        keepAlive,
        connectTimeout,
        backoffInitial,
        backoffMax,
        maxBufferedTopics,
        maxBufferedEvents);
  }

  /** A copy with other reconnect waits. */
  public BrokerSettings withBackoff(Duration initial, Duration max) {
    return new BrokerSettings(
        host,
        port,
        protocol,
        username,
        password,
        clientId,
        tls,
        keepAlive,
        connectTimeout,
        initial,
        max,
        maxBufferedTopics,
        maxBufferedEvents);
  }

  /** A copy with other buffer bounds. */
  public BrokerSettings withBuffer(int topics, int events) {
    return new BrokerSettings(
        host,
        port,
        protocol,
        username,
        password,
        clientId,
        tls,
        keepAlive,
        connectTimeout,
        backoffInitial,
        backoffMax,
        topics,
        events);
  }

  /** Like the record's, with the password masked. */
  @Override
  public String toString() {
    return "BrokerSettings["
        + protocol
        + " "
        + (tls.enabled() ? "mqtts://" : "mqtt://")
        + host
        + ":"
        + port
        + ", clientId="
        + clientId
        + ", username="
        + username.orElse("")
        + ", password="
        + (password.isPresent() ? "***" : "")
        + "]";
  }

  private static void requirePositive(String what, Duration duration) {
    Objects.requireNonNull(duration, what);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(what + " must be positive, got " + duration);
    }
  }
}
