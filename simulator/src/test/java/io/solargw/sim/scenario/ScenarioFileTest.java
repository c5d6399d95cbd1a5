package io.solargw.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.solargw.sim.bms.PackCondition;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Scenario files: every action, the time forms, and every kind of mistake with its message. */
class ScenarioFileTest {

  private static Scenario parse(String steps) throws ScenarioFileException {
    String yaml = "steps:\n" + steps;
    return ScenarioFile.load(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "demo.yaml");
  }

  static Stream<Arguments> actions() {
    return Stream.of(
        Arguments.of("{at: 0, do: grid-off}", new ScenarioAction.Grid(false)),
        Arguments.of("{at: 1, do: grid-on}", new ScenarioAction.Grid(true)),
        Arguments.of(
            "{at: 1, do: raise, unit: 2, code: 203}", new ScenarioAction.RaiseCode(2, 203)),
        Arguments.of(
            "{at: 1, do: clear, unit: 2}", new ScenarioAction.ClearCodes(2, OptionalInt.empty())),
        Arguments.of(
            "{at: 1, do: clear, unit: 2, code: 203}",
            new ScenarioAction.ClearCodes(2, OptionalInt.of(203))),
        Arguments.of(
            "{at: 1, do: overload, unit: 1, watts: 9000}", new ScenarioAction.Overload(1, 9000)),
        Arguments.of("{at: 1, do: overload-end, unit: 1}", new ScenarioAction.Overload(1, 0)),
        Arguments.of(
            "{at: 1, do: firmware, unit: 3, version: 6.52}", new ScenarioAction.Firmware(3, 652)),
        Arguments.of(
            "{at: 1, do: misconfigure, unit: 2, setting: GOV, value: 220}",
            new ScenarioAction.Misconfigure(2, "GOV", "220")),
        Arguments.of("{at: 1, do: unit-silent, unit: 2}", new ScenarioAction.UnitSilent(2, true)),
        Arguments.of("{at: 1, do: unit-back, unit: 2}", new ScenarioAction.UnitSilent(2, false)),
        Arguments.of("{at: 1, do: pack-silent, pack: 4}", new ScenarioAction.PackSilent(4, true)),
        Arguments.of("{at: 1, do: pack-back, pack: 4}", new ScenarioAction.PackSilent(4, false)),
        Arguments.of(
            "{at: 1, do: pack-condition, pack: 2, condition: MOS OTP}",
            new ScenarioAction.ForceCondition(2, PackCondition.MOS_OTP, true)),
        Arguments.of(
            "{at: 1, do: pack-condition, pack: 2, condition: docp, on: false}",
            new ScenarioAction.ForceCondition(2, PackCondition.DOCP, false)),
        Arguments.of(
            "{at: 1, do: cell-voltage, pack: 3, cell: 7, offset_mV: 450}",
            new ScenarioAction.CellVoltage(3, 7, 450)),
        Arguments.of(
            "{at: 1, do: charge-over-temperature, pack: 2}",
            new ScenarioAction.ChargeOverTemperature(2)),
        Arguments.of("{at: 1, do: mos-protection, pack: 2}", new ScenarioAction.MosProtection(2)),
        Arguments.of("{at: 1, do: pack-normal, pack: 2}", new ScenarioAction.PackNormal(2)),
        Arguments.of(
            "{at: 1, do: pack-address, pack: 5, address: 4}", new ScenarioAction.PackAddress(5, 4)),
        Arguments.of("{at: 1, do: two-masters, pack: 2}", new ScenarioAction.PackAddress(2, 1)),
        Arguments.of(
            "{at: 1, do: can-skew, soc_pct: -20, amps: 15}",
            new ScenarioAction.CanSkew(-20, 0, 15)),
        Arguments.of("{at: 1, do: can-skew}", new ScenarioAction.CanSkew(0, 0, 0)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("actions")
  void everyActionParses(String step, ScenarioAction expected) throws Exception {
    assertThat(parse("  - " + step + "\n").steps())
        .singleElement()
        .satisfies(s -> assertThat(s.action()).isEqualTo(expected));
  }

  static Stream<Arguments> times() {
    return Stream.of(
        Arguments.of("90", Duration.ofSeconds(90)),
        Arguments.of("2.5", Duration.ofMillis(2500)),
        Arguments.of("90s", Duration.ofSeconds(90)),
        Arguments.of("1m30s", Duration.ofSeconds(90)),
        Arguments.of("2h", Duration.ofHours(2)),
        Arguments.of("250ms", Duration.ofMillis(250)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("times")
  void timesAreWallClockAfterStart(String at, Duration expected) throws Exception {
    assertThat(parse("  - {at: " + at + ", do: grid-off}\n").steps().get(0).at())
        .isEqualTo(expected);
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of(
            "  - {at: 1, do: explode}\n", "demo.yaml step 1: unknown action 'explode' (known: "),
        Arguments.of("  - {at: soon, do: grid-off}\n", "step 1: 'at' must look like 90, 90s"),
        Arguments.of("  - {do: grid-off}\n", "step 1: 'at' is missing"),
        Arguments.of(
            "  - {at: 1, do: raise, unit: 2}\n",
            "step 1: 'code' must be a whole number, got nothing"),
        Arguments.of(
            "  - {at: 1, do: raise, unit: two, code: 1}\n",
            "'unit' must be a whole number, got 'two'"),
        Arguments.of(
            "  - {at: 1, do: grid-off, unit: 1}\n",
            "'unit' is not a parameter of grid-off (it takes no parameters)"),
        Arguments.of(
            "  - {at: 1, do: pack-condition, pack: 1, condition: XYZ}\n",
            "'condition' must be one of"),
        Arguments.of(
            "  - {at: 1, do: firmware, unit: 1, version: 6.523}\n", "'version' must be a version"),
        Arguments.of("  - just text\n", "step 1: expected a map"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("mistakes")
  void mistakesNameTheStepAndTheKey(String steps, String message) {
    assertThatThrownBy(() -> parse(steps))
        .isInstanceOf(ScenarioFileException.class)
        .hasMessageContaining(message);
  }

  @org.junit.jupiter.api.Test
  void everyProblemIsReportedAtOnceAndStepsAreSortedByTime() throws Exception {
    assertThatThrownBy(() -> parse("  - {at: x, do: grid-off}\n  - {at: 1, do: nope}\n"))
        .isInstanceOfSatisfying(
            ScenarioFileException.class, e -> assertThat(e.problems()).hasSize(2));
    Scenario s = parse("  - {at: 5, do: grid-on}\n  - {at: 1, do: grid-off}\n");
    assertThat(s.steps())
        .extracting(ScenarioStep::action)
        .containsExactly(new ScenarioAction.Grid(false), new ScenarioAction.Grid(true));
    assertThatThrownBy(() -> ScenarioFile.load(java.nio.file.Path.of("/nonexistent/s.yaml")))
        .hasMessage("/nonexistent/s.yaml: no such scenario file");
  }
}
