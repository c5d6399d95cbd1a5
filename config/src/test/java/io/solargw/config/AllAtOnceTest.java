package io.solargw.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every problem is reported in one go, file problems in file order, then variables by name. */
class AllAtOnceTest {

  private static final String FIVE_PROBLEMS =
      """
      gateway:
        id: Garage
      buses:
        - name: inverters
          port: /dev/ttyUSB0
          inverters:
            - address: 1
            - address: 1
        - name: battery
          port: /dev/ttyUSB0/
          battery: {packs: 16}
      mqtt:
        hots: broker
      """;

  @Test
  void fiveDifferentProblemsAreReportedTogetherInFileOrder() {
    List<ConfigProblem> problems = Configs.problems(FIVE_PROBLEMS, Map.of());

    assertThat(problems)
        .extracting(ConfigProblem::toString)
        .containsExactly(
            "solar-gateway.yaml:2:7: gateway.id: 'Garage' is not allowed: use 1 to 32 characters"
                + " a-z, 0-9, _ and - (it becomes part of MQTT topics)",
            "solar-gateway.yaml:8:18: buses[0].inverters[1].address: 1 is already used by"
                + " buses[0].inverters[0].address (line 7); each inverter on a bus needs its own"
                + " Modbus address",
            "solar-gateway.yaml:10:11: buses[1].port: '/dev/ttyUSB0/' is already used by buses[0]"
                + " (line 5); each port can carry one bus, so put all devices on that wire into one"
                + " bus",
            "solar-gateway.yaml:11:22: buses[1].battery.packs: 16 is out of range 1..15",
            "solar-gateway.yaml:13:3: mqtt.hots: unknown key 'hots'; did you mean 'host'?");
  }

  @Test
  void variableProblemsFollowFileProblemsAndTheMessageCountsErrors() {
    ConfigException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            ConfigException.class,
            () ->
                Configs.load(
                    FIVE_PROBLEMS,
                    Map.of(
                        "SOLAR_GATEWAY_HTTP_PORT", "abc",
                        "SOLAR_GATEWAY_MQTT_HOTS", "x")));

    assertThat(e.problems()).hasSize(7);
    assertThat(e.problems().subList(5, 7))
        .extracting(ConfigProblem::source)
        .containsExactly("SOLAR_GATEWAY_HTTP_PORT", "SOLAR_GATEWAY_MQTT_HOTS");
    assertThat(e.errors()).hasSize(7);
    assertThat(e.getMessage())
        .startsWith(
            "7 errors in the configuration:" + System.lineSeparator() + "solar-gateway.yaml:2:7:");
  }
}
