package io.solargw.sim.inverter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.solargw.protocol.inverter.codes.CodeTable;
import io.solargw.protocol.inverter.decode.InverterSnapshot;
import io.solargw.protocol.inverter.decode.PointValue;
import io.solargw.protocol.inverter.decode.SnapshotDecoder;
import io.solargw.protocol.inverter.rtu.ExceptionResponse;
import io.solargw.protocol.inverter.rtu.ModbusRequest;
import io.solargw.protocol.inverter.rtu.ReadRequest;
import io.solargw.protocol.inverter.rtu.WriteMultipleRequest;
import io.solargw.protocol.inverter.rtu.WriteSingleRequest;
import io.solargw.sim.site.OutputPriority;
import io.solargw.sim.site.StackMode;
import io.solargw.sim.site.UnitState;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The stack's register images and request handling, in process (the wire is tested in *IT). */
class InverterStackTest {

  private static final SnapshotDecoder DECODER =
      new SnapshotDecoder(StackFixture.PROFILE, CodeTable.loadDefault());

  @Test
  void everyUnitsImageDecodesToTheSiteModelWithinOneScaleStep() {
    StackFixture f = new StackFixture(3, StackMode.THREE_PHASE, StackFixture.NOON);
    f.advance(60);
    for (int i = 0; i < 3; i++) {
      InverterSnapshot s = DECODER.decode(f.stack.image(i));
      UnitState u = f.site.state().units().get(i);
      assertThat(number(s, "battery_voltage_V")).isCloseTo(u.batteryVolts(), within(0.051));
      assertThat(number(s, "battery_current_A")).isCloseTo(u.batteryAmps(), within(0.051));
      assertThat(number(s, "pv_power_W")).isCloseTo(u.pvWatts(), within(0.51));
      assertThat(number(s, "load_active_power_W")).isCloseTo(u.loadWatts(), within(0.51));
      assertThat(number(s, "grid_active_power_W")).isCloseTo(u.gridWatts(), within(0.51));
      assertThat(number(s, "grid_frequency_Hz")).isCloseTo(u.gridHertz(), within(0.0051));
      assertThat(number(s, "battery_soc_pct"))
          .isCloseTo(f.site.state().battery().socPercent(), within(0.51));
      assertThat(text(s, "serial_number")).isEqualTo(f.stack.identity(i).serialNumber());
      assertThat(text(s, "app_version")).isEqualTo("6.63");
      assertThat(setting(s, "parallel_mode")).isEqualTo(List.of("3P1", "3P2", "3P3").get(i));
      assertThat(setting(s, "rs485_address")).isEqualTo(String.valueOf(i + 1));
      assertThat(setting(s, "output_priority")).isEqualTo("SBU");
      assertThat(setting(s, "battery_type")).isEqualTo("L16");
      assertThat(number(s, "parallel_unit_count")).isEqualTo(3);
    }
  }

  @Test
  void unitsOnOnePhaseAgreeAndThePhasesDiffer() {
    StackFixture f = new StackFixture(6, StackMode.THREE_PHASE, StackFixture.NOON);
    f.advance(60);
    double[] grid = new double[6];
    for (int i = 0; i < 6; i++) {
      InverterSnapshot s = DECODER.decode(f.stack.image(i));
      grid[i] = number(s, "grid_voltage_V");
      assertThat(setting(s, "parallel_mode")).isEqualTo(List.of("3P1", "3P2", "3P3").get(i % 3));
      assertThat(number(s, "grid_voltage_b_V")).as("a unit is a single-phase machine").isZero();
    }
    assertThat(grid[3]).as("units 1 and 4 are both on L1").isEqualTo(grid[0]);
    assertThat(grid[4]).isEqualTo(grid[1]);
    assertThat(grid[1]).as("L2 is not L1").isNotEqualTo(grid[0]);
    assertThat(grid[2]).isNotEqualTo(grid[1]);
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of("a hole outside every segment", ReadRequest.holding(1, 0x0300, 2), 0x02),
        Arguments.of("PV2 of a single-MPPT unit", ReadRequest.holding(1, 0x010E, 3), 0x02),
        Arguments.of(
            "registers of customised models (doc 3.3)", ReadRequest.holding(1, 0x021D, 20), 0x02),
        Arguments.of("E21E, illegal on PowMr (doc 4.1)", ReadRequest.holding(1, 0xE214, 15), 0x02),
        Arguments.of("the factory area", ReadRequest.holding(1, 0xE100, 1), 0x02),
        Arguments.of("past the end of the energy area", ReadRequest.holding(1, 0xF060, 4), 0x02),
        Arguments.of("more than 32 registers", ReadRequest.holding(1, 0x0100, 33), 0x0A),
        Arguments.of("function 0x04", new ReadRequest(1, 0x04, 0x0100, 2), 0x01),
        Arguments.of("MCC above 120 A", new WriteSingleRequest(1, 0xE20A, 1300), 0x03),
        Arguments.of("WFM raw 7 is no option", new WriteSingleRequest(1, 0xE204, 7), 0x03),
        Arguments.of("PMD while running", new WriteSingleRequest(1, 0xE201, 1), 0x08),
        Arguments.of("a measurement", new WriteSingleRequest(1, 0x0100, 5), 0x07),
        Arguments.of("the system voltage", new WriteSingleRequest(1, 0xE003, 24), 0x07),
        Arguments.of(
            "one bad value in a block",
            new WriteMultipleRequest(1, 0xE204, List.of(1, 9999)),
            0x03));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void badRequestsGetTheFirmwaresException(String what, ModbusRequest request, int code) {
    StackFixture f = new StackFixture(2, StackMode.PAL, StackFixture.NOON);
    List<InverterStack.Reply> replies = f.stack.handle(request);
    assertThat(replies).hasSize(1);
    assertThat(replies.get(0).response())
        .isInstanceOfSatisfying(
            ExceptionResponse.class, e -> assertThat(e.exceptionCode()).isEqualTo(code));
    assertThat(f.stack.setting(0, "WFM")).contains("SBU");
  }

  @Test
  void theUniversalAddressIsAnsweredFromTheRealAddressByEveryUnit() {
    StackFixture single = new StackFixture(1, StackMode.SIG, StackFixture.NOON);
    List<InverterStack.Reply> one = single.stack.handle(ReadRequest.holding(0xFF, 0x0014, 2));
    assertThat(one).singleElement().satisfies(r -> assertThat(r.response().unitId()).isEqualTo(1));
    StackFixture three = new StackFixture(3, StackMode.THREE_PHASE, StackFixture.NOON);
    assertThat(three.stack.handle(ReadRequest.holding(0xFF, 0x0014, 2))).hasSize(3);
    assertThat(three.stack.handle(ReadRequest.holding(7, 0x0014, 2))).isEmpty();
  }

  @Test
  void aBroadcastWriteActsOnEveryUnitWithoutAnAnswer() {
    StackFixture f = new StackFixture(2, StackMode.PAL, StackFixture.NOON);
    assertThat(f.stack.handle(new WriteSingleRequest(0, 0xE204, 1))).isEmpty();
    assertThat(f.stack.setting(0, "WFM")).contains("UTI");
    assertThat(f.stack.setting(1, "WFM")).contains("UTI");
  }

  @Test
  void writingUtilityPriorityMovesTheLoadToTheGridAndReadsBack() {
    StackFixture f = new StackFixture(1, StackMode.SIG, StackFixture.NOON.withHour(21));
    f.advance(60);
    InverterSnapshot before = DECODER.decode(f.stack.image(0));
    assertThat(number(before, "grid_active_power_W")).isZero();
    assertThat(f.stack.handle(new WriteSingleRequest(1, 0xE204, 1))).hasSize(1);
    assertThat(f.site.settings(0).outputPriority()).isEqualTo(OutputPriority.UTI);
    f.advance(60);
    InverterSnapshot after = DECODER.decode(f.stack.image(0));
    assertThat(setting(after, "output_priority")).isEqualTo("UTI");
    // On bypass the grid feeds the load (and charges the battery: CHM SNU); nothing discharges.
    assertThat(number(after, "grid_active_power_W"))
        .isGreaterThanOrEqualTo(number(after, "load_active_power_W") - 1)
        .isPositive();
    assertThat(number(after, "battery_current_A")).isGreaterThanOrEqualTo(0);
    assertThat(choice(after, "machine_state")).isEqualTo(4);
  }

  @Test
  void scenarioCodesAndTheUnitsOwnCodesFillTheFourSlots() {
    StackFixture f = new StackFixture(3, StackMode.PAL, StackFixture.NOON);
    f.stack.raiseCode(1, 506);
    f.stack.setAppVersion(2, 652);
    f.site.setGridPresent(false);
    f.advance(10);
    InverterSnapshot s = DECODER.decode(f.stack.image(1));
    assertThat(s.codes()).extracting(c -> c.number()).containsExactly(506, 103, 510);
    assertThat(text(DECODER.decode(f.stack.image(2)), "app_version")).isEqualTo("6.52");
    f.stack.clearCodes(1);
    f.stack.setAppVersion(2, UnitIdentity.DEFAULT_APP_VERSION);
    f.site.setGridPresent(true);
    f.advance(10);
    assertThat(DECODER.decode(f.stack.image(1)).codes()).isEmpty();
  }

  static double number(InverterSnapshot s, String name) {
    PointValue v = s.point(name).orElseThrow(() -> new AssertionError("no " + name)).value();
    return ((PointValue.Decimal) v).value().doubleValue();
  }

  static String text(InverterSnapshot s, String name) {
    return ((PointValue.Text) s.point(name).orElseThrow().value()).text();
  }

  static int choice(InverterSnapshot s, String name) {
    return ((PointValue.Choice) s.point(name).orElseThrow().value()).raw();
  }

  static String setting(InverterSnapshot s, String name) {
    PointValue v = s.setting(name).orElseThrow(() -> new AssertionError("no " + name)).value();
    if (v instanceof PointValue.Choice c) {
      return c.option().orElseThrow().code();
    }
    return ((PointValue.Decimal) v).value().stripTrailingZeros().toPlainString();
  }
}
