package io.solargw.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code SOLAR_GATEWAY_*} variables on top of the file, or instead of it. */
class EnvOverrideTest {

  private static final String FILE =
      """
      buses:
        - name: stack
          port: /dev/ttyUSB0
          inverters:
            - address: 1
      mqtt:
        port: 1884
      """;

  @Test
  void scalarAndNestedKeysOverrideTheFile() throws ConfigException {
    GatewayConfig config =
        Configs.load(
                FILE,
                Map.of(
                    "SOLAR_GATEWAY_MQTT_HOST", "broker",
                    "SOLAR_GATEWAY_GATEWAY_ID", "x",
                    "SOLAR_GATEWAY_HTTP_PORT", "8081",
                    "SOLAR_GATEWAY_HTTP_PAGE", "false",
                    "SOLAR_GATEWAY_MQTT_TLS_ENABLED", "yes",
                    "SOLAR_GATEWAY_MQTT_DEADBAND_POWER_W", "25"))
            .config();

    assertThat(config.mqtt().host()).isEqualTo("broker");
    assertThat(config.gateway().id()).isEqualTo("x");
    assertThat(config.mqtt().baseTopic()).isEqualTo("solar/x");
    assertThat(config.http().port()).isEqualTo(8081);
    assertThat(config.http().page()).isFalse();
    assertThat(Configs.load(FILE, Map.of()).config().http().page()).isTrue(); // the default
    assertThat(config.mqtt().tls().enabled()).isTrue();
    assertThat(config.mqtt().port()).isEqualTo(1884);
    assertThat(config.mqtt().deadband().powerWatts()).isEqualTo(25.0);
  }

  @Test
  void listElementsByIndexChangeOrExtendLists() throws ConfigException {
    GatewayConfig config =
        Configs.load(
                FILE,
                Map.of(
                    "SOLAR_GATEWAY_BUSES_0_PORT", "/dev/ttyUSB1",
                    "SOLAR_GATEWAY_BUSES_0_INVERTERS_0_ADDRESS", "2",
                    "SOLAR_GATEWAY_BUSES_0_INVERTERS_1_ADDRESS", "3",
                    "SOLAR_GATEWAY_BUSES_1_PORT", "/dev/ttyUSB2",
                    "SOLAR_GATEWAY_BUSES_1_BATTERY_PACKS", "2"))
            .config();

    InverterBus stack = (InverterBus) config.buses().get(0);
    assertThat(stack.transport())
        .isEqualTo(new SerialTransport("/dev/ttyUSB1", 9600, Framing.DEFAULT));
    assertThat(stack.inverters()).extracting(InverterConfig::address).containsExactly(2, 3);
    BmsBus battery = (BmsBus) config.buses().get(1);
    assertThat(battery.battery().packs()).isEqualTo(2);
  }

  @Test
  void listsOfValuesAreCommaSeparated() throws ConfigException {
    WritesConfig writes =
        Configs.load(FILE, Map.of("SOLAR_GATEWAY_WRITES_ALLOW", "WFM, CHM,MCC")).config().writes();

    assertThat(writes.allow()).containsExactly("WFM", "CHM", "MCC");
    assertThat(Configs.load(FILE + "writes:\n  allow: WFM, CHM\n").config().writes().allow())
        .as("the same form in the file")
        .containsExactly("WFM", "CHM");
  }

  @Test
  void underscoresInsideKeyNamesAreResolvedAgainstTheSchema() throws ConfigException {
    GatewayConfig config =
        Configs.load(
                FILE,
                Map.of(
                    "SOLAR_GATEWAY_MQTT_BASE_TOPIC", "home/solar",
                    "SOLAR_GATEWAY_BUSES_0_TIMEOUT_MS", "1500",
                    "SOLAR_GATEWAY_POLL_OFFLINE_POLL_S", "90",
                    "SOLAR_GATEWAY_MQTT_USERNAME", "u",
                    "SOLAR_GATEWAY_MQTT_PASSWORD", "p",
                    "SOLAR_GATEWAY_MQTT_DEADBAND_ENERGY_KWH", "0.5",
                    "SOLAR_GATEWAY_BUSES_1_PORT", "/dev/ttyUSB1",
                    "SOLAR_GATEWAY_BUSES_1_BATTERY_PROTOCOL_VERSION", "0x20"))
            .config();

    assertThat(config.mqtt().baseTopic()).isEqualTo("home/solar");
    assertThat(config.buses().get(0).timing().timeout()).isEqualTo(Duration.ofMillis(1500));
    assertThat(config.poll().offlinePoll()).isEqualTo(Duration.ofSeconds(90));
    assertThat(config.mqtt().password()).contains(new Secret("p"));
    assertThat(config.mqtt().deadband().energyKilowattHours()).isEqualTo(0.5);
    assertThat(((BmsBus) config.buses().get(1)).battery().protocolVersion())
        .isEqualTo(BmsProtocolVersion.PYLONTECH);
  }

  @Test
  void anEmptyValueRestoresTheDefault() throws ConfigException {
    GatewayConfig config = Configs.load(FILE, Map.of("SOLAR_GATEWAY_MQTT_PORT", "")).config();

    assertThat(config.mqtt().port()).isEqualTo(1883);
  }

  @Test
  void unknownVariableIsAnErrorNamingItWithASuggestion() {
    List<ConfigProblem> problems =
        Configs.problems(FILE, Map.of("SOLAR_GATEWAY_BUSES_0_TIMEOUT", "100"));

    assertThat(problems)
        .extracting(ConfigProblem::toString)
        .containsExactly(
            "SOLAR_GATEWAY_BUSES_0_TIMEOUT: names no configuration key; did you mean"
                + " SOLAR_GATEWAY_BUSES_0_TIMEOUT_MS?");
  }

  @Test
  void variableNamingASectionOrLeavingAGapIsAnError() {
    List<ConfigProblem> problems =
        Configs.problems(
            FILE,
            Map.of("SOLAR_GATEWAY_MQTT_TLS", "true", "SOLAR_GATEWAY_BUSES_2_PORT", "/dev/ttyUSB2"));

    assertThat(problems)
        .extracting(ConfigProblem::toString)
        .containsExactly(
            "SOLAR_GATEWAY_BUSES_2_PORT: buses[2].port: there is no buses[1]; number list entries"
                + " from 0 without gaps",
            "SOLAR_GATEWAY_MQTT_TLS: names a section, not a value; set one of its keys (see the"
                + " configuration reference)");
  }

  @Test
  void valuesAreTypeCheckedAndProblemsNameTheVariable() {
    List<ConfigProblem> problems =
        Configs.problems(
            FILE,
            Map.of(
                "SOLAR_GATEWAY_HTTP_PORT", "abc",
                "SOLAR_GATEWAY_BUSES_0_INVERTERS_0_ADDRESS", "0"));

    assertThat(problems)
        .extracting(ConfigProblem::toString)
        .containsExactly(
            "SOLAR_GATEWAY_BUSES_0_INVERTERS_0_ADDRESS: buses[0].inverters[0].address: 0 is out of"
                + " range 1..247",
            "SOLAR_GATEWAY_HTTP_PORT: http.port: expected a port number 1..65535, got 'abc'");
    assertThat(problems).allSatisfy(p -> assertThat(p.line()).isZero());
  }

  @Test
  void configurationCanComeFromVariablesAlone() throws ConfigException {
    LoadedConfig loaded =
        ConfigLoader.load(
            null,
            Map.of(
                "SOLAR_GATEWAY_BUSES_0_PROTOCOL", "inverter",
                "SOLAR_GATEWAY_BUSES_0_PORT", "tcp-host:8899",
                "SOLAR_GATEWAY_BUSES_0_INVERTERS_0_ADDRESS", "2",
                "SOLAR_GATEWAY_MQTT_HOST", "mosquitto",
                "PATH", "/usr/bin",
                "SOLAR_GATEWAY_CONFIG", "/config/solar-gateway.yaml",
                "SOLAR_GATEWAY_DEBUG", "1"));

    assertThat(loaded.warnings()).isEmpty();
    InverterBus bus = (InverterBus) loaded.config().buses().get(0);
    assertThat(bus.transport()).isEqualTo(new TcpTransport("tcp-host", 8899));
    assertThat(bus.inverters()).containsExactly(InverterConfig.at(2));
    assertThat(loaded.config().mqtt().host()).isEqualTo("mosquitto");
  }

  @Test
  void withoutFileOrBusTheProblemSaysHowToAddOne() {
    ConfigException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            ConfigException.class, () -> ConfigLoader.load(null, Map.of()));

    assertThat(e.problems())
        .extracting(ConfigProblem::toString)
        .containsExactly(
            "environment: buses: no bus configured; add one, e.g. 'buses: [{port: /dev/ttyUSB0}]'"
                + " or SOLAR_GATEWAY_BUSES_0_PORT=/dev/ttyUSB0");
  }
}
