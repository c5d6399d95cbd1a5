package io.solargw.config;

import io.solargw.config.internal.Require;
import io.solargw.config.internal.Topics;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code mqtt:} section: the broker the gateway publishes to.
 *
 * @param enabled publish at all; default true
 * @param host broker host name or IP address; default {@code localhost}
 * @param port broker port 1..65535; default 1883, or 8883 with TLS
 * @param protocol MQTT version; default 3.1.1
 * @param username user name, if the broker wants one
 * @param password from {@code password} or read from {@code password_file}; never printed
 * @param clientId client id {@link #CLIENT_ID}; default {@code solar-gateway-<gateway.id>}
 * @param baseTopic prefix of every state topic; default {@code solar/<gateway.id>}
 * @param discovery publish Home Assistant discovery; default true
 * @param discoveryPrefix Home Assistant's discovery prefix; default {@code homeassistant}
 * @param refresh period of the full republish of every value, 10 s..24 h; default 300 s
 * @param deadband minimum changes that are published between refreshes
 * @param tls encryption settings
 */
public record MqttConfig(
    boolean enabled,
    String host,
    int port,
    MqttVersion protocol,
    Optional<String> username,
    Optional<Secret> password,
    String clientId,
    String baseTopic,
    boolean discovery,
    String discoveryPrefix,
    Duration refresh,
    Deadband deadband,
    TlsConfig tls) {

  /** What a client id may look like. */
  public static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  /** Shortest refresh period, in seconds. */
  public static final int MIN_REFRESH_S = 10;

  /** Longest refresh period, in seconds. */
  public static final int MAX_REFRESH_S = 86_400;

  /** Checks every field. */
  public MqttConfig {
    Require.printable("host", host);
    Require.range("port", port, 1, 65535);
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(username, "username").ifPresent(u -> Require.printable("username", u));
    Objects.requireNonNull(password, "password");
    Require.matches("clientId", clientId, CLIENT_ID);
    Topics.require("baseTopic", baseTopic);
    Topics.require("discoveryPrefix", discoveryPrefix);
    Require.range(
        "refresh", refresh, Duration.ofSeconds(MIN_REFRESH_S), Duration.ofSeconds(MAX_REFRESH_S));
    Objects.requireNonNull(deadband, "deadband");
    Objects.requireNonNull(tls, "tls");
  }
}
