package io.solargw.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link GatewayConfig#toYaml()}: complete, redacted, and loadable again. */
class DumpTest {

  @Test
  void dumpHidesThePasswordAndLoadsBackToTheSameConfiguration() throws ConfigException {
    GatewayConfig config = ConfigLoader.load(Configs.EXAMPLE, Map.of()).config();

    String yaml = config.toYaml();
    GatewayConfig reloaded = Configs.load(yaml).config();

    assertThat(yaml).doesNotContain("change-me").contains("password: '***'");
    assertThat(config.toString()).doesNotContain("change-me");
    assertThat(reloaded.mqtt().password()).contains(new Secret("***"));
    assertThat(withPassword(reloaded, config.mqtt().password())).isEqualTo(config);
  }

  @Test
  void dumpSpellsOutEveryDefault() throws ConfigException {
    String yaml = Configs.load("buses:\n  - port: /dev/ttyUSB0\n").config().toYaml();

    assertThat(yaml)
        .contains("  timeout_ms: 1000\n", "  gap_ms: 200\n", "  inverters:\n  - address: 1\n")
        .contains("base_topic: solar/solar\n", "min_interval_s: 30\n", "level: info\n");
  }

  private static GatewayConfig withPassword(GatewayConfig c, Optional<Secret> password) {
    MqttConfig m = c.mqtt();
    MqttConfig mqtt =
        new MqttConfig(
            m.enabled(),
            m.host(),
            m.port(),
            m.protocol(),
            m.username(),
            password,
            m.clientId(),
            m.baseTopic(),
            m.discovery(),
            m.discoveryPrefix(),
            m.refresh(),
            m.deadband(),
            m.tls());
    return new GatewayConfig(
        c.gateway(), c.persistence(), c.buses(), c.poll(), mqtt, c.http(), c.writes(), c.logging());
  }
}
