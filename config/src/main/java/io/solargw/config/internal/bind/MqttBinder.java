package io.solargw.config.internal.bind;

import io.solargw.config.Deadband;
import io.solargw.config.MqttConfig;
import io.solargw.config.MqttVersion;
import io.solargw.config.Secret;
import io.solargw.config.TlsConfig;
import io.solargw.config.internal.Printable;
import io.solargw.config.internal.Topics;
import io.solargw.config.internal.bind.Scalars.Invalid;
import io.solargw.config.internal.bind.Scalars.Parser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The {@code mqtt:} section. */
final class MqttBinder {

  private static final int PLAIN_PORT = 1883;
  private static final int TLS_PORT = 8883;

  private MqttBinder() {}

  static MqttConfig bind(Fields mqtt, String gatewayId, Path base) {
    boolean enabled = mqtt.get("enabled", Scalars.flag(), true);
    TlsConfig tls = TlsBinder.bind(mqtt.section("tls"), base, enabled);
    String host = mqtt.get("host", Hosts.host(), "localhost");
    int port =
        mqtt.get(
            "port",
            Scalars.integer("a port number", 1, 65535),
            tls.enabled() ? TLS_PORT : PLAIN_PORT);
    if (tls.enabled() && port == PLAIN_PORT) {
      mqtt.warning(
          "port", "1883 is the usual port without TLS; brokers usually accept TLS on 8883");
    }
    MqttVersion protocol = mqtt.get("protocol", version(), MqttVersion.V3_1_1);
    Optional<String> username = mqtt.get("username", Scalars.text(256));
    Optional<Secret> password = PasswordBinder.bind(mqtt, enabled, base);
    if (password.isPresent() && username.isEmpty() && protocol == MqttVersion.V3_1_1) {
      mqtt.error(
          mqtt.has("password") ? "password" : "password_file",
          "MQTT 3.1.1 sends a password only together with a user name; set mqtt.username");
    }
    String clientId =
        mqtt.get(
            "client_id",
            Scalars.matching(
                MqttConfig.CLIENT_ID, "use 1 to 64 characters A-Z, a-z, 0-9, '.', '_' and '-'"),
            "solar-gateway-" + gatewayId);
    String baseTopic = mqtt.get("base_topic", topic(), "solar/" + gatewayId);
    boolean discovery = mqtt.get("discovery", Scalars.flag(), true);
    String discoveryPrefix = mqtt.get("discovery_prefix", topic(), "homeassistant");
    Duration refresh =
        mqtt.get(
            "refresh_s",
            Scalars.seconds(MqttConfig.MIN_REFRESH_S, MqttConfig.MAX_REFRESH_S),
            Duration.ofSeconds(300));
    Deadband deadband = deadband(mqtt.section("deadband"));
    return new MqttConfig(
        enabled,
        host,
        port,
        protocol,
        username,
        password,
        clientId,
        baseTopic,
        discovery,
        discoveryPrefix,
        refresh,
        deadband,
        tls);
  }

  private static Deadband deadband(Fields fields) {
    Deadband d = Deadband.DEFAULT;
    return new Deadband(
        fields.get("voltage_V", Scalars.decimal(0, 10), d.voltageVolts()),
        fields.get("current_A", Scalars.decimal(0, 100), d.currentAmps()),
        fields.get("power_W", Scalars.decimal(0, 10_000), d.powerWatts()),
        fields.get("temperature_C", Scalars.decimal(0, 10), d.temperatureCelsius()),
        fields.get("soc_pct", Scalars.decimal(0, 100), d.socPercent()),
        fields.get("energy_kWh", Scalars.decimal(0, 100), d.energyKilowattHours()));
  }

  /** {@code 3.1.1} (also {@code 311}) or {@code 5} (also {@code 5.0}). */
  private static Parser<MqttVersion> version() {
    return text ->
        switch (text.strip()) {
          case "3.1.1", "311" -> MqttVersion.V3_1_1;
          case "5", "5.0" -> MqttVersion.V5;
          default ->
              throw new Invalid(
                  Printable.quote(text) + " is not an MQTT version; allowed: 3.1.1, 5");
        };
  }

  private static Parser<String> topic() {
    return text -> {
      String t = text.strip();
      Optional<String> problem = Topics.problem(t);
      if (problem.isPresent()) {
        throw new Invalid(Printable.quote(text) + " is not a valid topic prefix: " + problem.get());
      }
      return t;
    };
  }
}
