package io.solargw.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.solargw.config.ConfigProblem.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-line form of a problem, and the exception that carries them. */
class ConfigProblemTest {

  @Test
  void toStringIsOneCompilerStyleLine() {
    assertThat(
            new ConfigProblem(
                    "buses[1].inverters[0].address",
                    "solar-gateway.yaml",
                    14,
                    7,
                    "248 is out of range 1..247",
                    Severity.ERROR)
                .toString())
        .isEqualTo(
            "solar-gateway.yaml:14:7: buses[1].inverters[0].address: 248 is out of range 1..247");
    assertThat(
            new ConfigProblem(
                    "http.port", "SOLAR_GATEWAY_HTTP_PORT", 0, 0, "expected a port", Severity.ERROR)
                .toString())
        .isEqualTo("SOLAR_GATEWAY_HTTP_PORT: http.port: expected a port");
    assertThat(new ConfigProblem("", "x.yaml", 3, 0, "bad", Severity.WARNING).toString())
        .isEqualTo("x.yaml:3: warning: bad");
  }

  @Test
  void exceptionNeedsAnErrorAndCountsErrorsOnly() {
    ConfigProblem warning = new ConfigProblem("a", "f", 1, 1, "w", Severity.WARNING);
    ConfigProblem error = new ConfigProblem("b", "f", 2, 1, "e", Severity.ERROR);

    assertThatThrownBy(() -> new ConfigException(List.of(warning)))
        .isInstanceOf(IllegalArgumentException.class);
    ConfigException e = new ConfigException(List.of(warning, error));
    assertThat(e.errors()).containsExactly(error);
    assertThat(e.getMessage())
        .isEqualTo(
            "1 error in the configuration:"
                + System.lineSeparator()
                + "f:1:1: warning: a: w"
                + System.lineSeparator()
                + "f:2:1: b: e");
  }

  @Test
  void recordsRejectValuesTheLoaderWouldNeverProduce() {
    assertThatThrownBy(() -> InverterConfig.at(248))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("address must be 1..247, got 248");
    assertThatThrownBy(
            () -> new BatteryConfig(BatteryMode.PER_PACK, 4, BmsProtocolVersion.PACE, 13))
        .hasMessage("address must be 0..12, got 13");
    assertThatThrownBy(() -> new SerialTransport("/dev/ttyUSB0", 9601, Framing.DEFAULT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Secret("")).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Secret("hunter2")).hasToString("***");
    assertThat(Framing.parse("7e2")).contains(new Framing(7, Framing.Parity.EVEN, 2));
    assertThat(new Framing(7, Framing.Parity.EVEN, 2).bitsPerCharacter()).isEqualTo(11);
  }
}
