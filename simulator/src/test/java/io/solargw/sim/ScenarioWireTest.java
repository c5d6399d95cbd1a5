package io.solargw.sim;

import static io.solargw.sim.clients.Snapshots.codes;
import static io.solargw.sim.clients.Snapshots.number;
import static io.solargw.sim.clients.Snapshots.setting;
import static io.solargw.sim.clients.Snapshots.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.pace.AlarmFlag;
import io.solargw.protocol.bms.pace.AlarmResponse;
import io.solargw.protocol.bms.pace.AnalogResponse;
import io.solargw.protocol.bms.pace.PaceRequests;
import io.solargw.protocol.bms.pace.PackAlarm;
import io.solargw.protocol.bms.pace.PackAnalog;
import io.solargw.protocol.inverter.decode.InverterSnapshot;
import io.solargw.protocol.inverter.rtu.ReadRequest;
import io.solargw.sim.bms.PackCondition;
import io.solargw.sim.clients.PaceClient;
import io.solargw.sim.clients.RtuClient;
import io.solargw.sim.clients.Snapshots;
import io.solargw.sim.scenario.ScenarioAction;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every scenario the commissioning checks will look for, observed the way the gateway observes it:
 * over the simulated buses, decoded with protocol-inverter and protocol-bms.
 */
class ScenarioWireTest {

  private Simulation sim;
  private RtuClient inverters;
  private PaceClient rack;

  @BeforeEach
  void start() throws Exception {
    sim =
        Simulation.start(
            SimulationOptions.builder()
                .inverters(3)
                .threePhase(true)
                .packs(6)
                .turnaroundMillis(0)
                .start(LocalDateTime.of(2026, 6, 21, 12, 0))
                .build());
    sim.advance(60);
    inverters = new RtuClient(sim.inverterBus());
    rack = new PaceClient(sim.rackBus());
  }

  @AfterEach
  void stop() throws Exception {
    inverters.close();
    rack.close();
    sim.close();
  }

  private InverterSnapshot unit(int address) throws Exception {
    return Snapshots.read(inverters, address);
  }

  @Test
  void gridFailure() throws Exception {
    assertThat(number(unit(1), "grid_voltage_V")).isGreaterThan(200);
    sim.scenarios().apply(new ScenarioAction.Grid(false));
    for (int u = 1; u <= 3; u++) {
      InverterSnapshot s = unit(u);
      assertThat(number(s, "grid_voltage_V")).isZero();
      assertThat(number(s, "grid_active_power_W")).isZero();
      assertThat(codes(s)).contains(103);
    }
    sim.scenarios().apply(new ScenarioAction.Grid(true));
    assertThat(codes(unit(2))).doesNotContain(103);
  }

  @Test
  void anyCodeOfTheTableOnAnyUnit() throws Exception {
    sim.scenarios().apply(new ScenarioAction.RaiseCode(2, 506));
    sim.scenarios().apply(new ScenarioAction.RaiseCode(2, 42));
    assertThat(codes(unit(2))).containsExactly(506, 42);
    assertThat(codes(unit(1))).isEmpty();
    assertThatThrownBy(() -> sim.scenarios().apply(new ScenarioAction.RaiseCode(2, 999)))
        .hasMessageContaining("not in the default code table");
  }

  @Test
  void overloadedUnit() throws Exception {
    sim.scenarios().apply(new ScenarioAction.Overload(1, 9000));
    sim.advance(10);
    InverterSnapshot s = unit(1);
    assertThat(codes(s)).containsAnyOf(203, 105);
    assertThat(number(s, "load_ratio_pct")).isGreaterThanOrEqualTo(100);
    assertThat(codes(unit(2))).doesNotContain(203, 105);
  }

  @Test
  void firmwareMismatch() throws Exception {
    sim.scenarios().apply(new ScenarioAction.Firmware(3, 652));
    assertThat(text(unit(3), "app_version")).isEqualTo("6.52");
    assertThat(text(unit(1), "app_version")).isEqualTo("6.63");
    for (int u = 1; u <= 3; u++) {
      assertThat(codes(unit(u))).contains(510);
    }
  }

  @Test
  void oneUnitConfiguredDifferently() throws Exception {
    sim.scenarios().apply(new ScenarioAction.Misconfigure(2, "GOV", "220"));
    sim.scenarios().apply(new ScenarioAction.Misconfigure(3, "BTP", "GEL"));
    assertThat(setting(unit(2), "output_voltage_V")).isEqualTo("220");
    assertThat(setting(unit(1), "output_voltage_V")).isEqualTo("230");
    assertThat(setting(unit(3), "battery_type")).isEqualTo("GEL");
    assertThat(setting(unit(1), "battery_type")).isEqualTo("L16");
  }

  @Test
  void silentUnitComesBack() throws Exception {
    ReadRequest soc = ReadRequest.holding(2, 0x0100, 1);
    sim.scenarios().apply(new ScenarioAction.UnitSilent(2, true));
    assertThat(inverters.send(soc)).isEmpty();
    assertThat(inverters.send(ReadRequest.holding(1, 0x0100, 1))).isPresent();
    sim.scenarios().apply(new ScenarioAction.UnitSilent(2, false));
    assertThat(inverters.send(soc)).isPresent();
  }

  @Test
  void silentPackIsOfflineInTheMastersList() throws Exception {
    sim.scenarios().apply(new ScenarioAction.PackSilent(3, true));
    assertThat(rack.send(PaceRequests.analog(3, 3))).isEmpty();
    AnalogResponse all = (AnalogResponse) rack.send(PaceRequests.analog(1, 0xFF)).orElseThrow();
    assertThat(all.packs())
        .extracting(PackAnalog::present)
        .containsExactly(true, true, false, true, true, true);
    sim.scenarios().apply(new ScenarioAction.PackSilent(3, false));
    assertThat(rack.send(PaceRequests.analog(3, 3))).isPresent();
  }

  @Test
  void cellOverVoltageOnPack3Cell7() throws Exception {
    sim.scenarios().apply(new ScenarioAction.CellVoltage(3, 7, 450));
    AnalogResponse a = (AnalogResponse) rack.send(PaceRequests.analog(3, 3)).orElseThrow();
    assertThat(a.packs().get(0).cellMaxIndex()).isEqualTo(7);
    assertThat(a.packs().get(0).cellMaxMillivolts()).isGreaterThanOrEqualTo(3700);
    assertThat(alarm(3).flags()).contains(AlarmFlag.CELL_OVER_VOLTAGE);
    assertThat(alarm(2).flags()).doesNotContain(AlarmFlag.CELL_OVER_VOLTAGE);
  }

  @Test
  void chargeOverTemperatureAndMosProtection() throws Exception {
    sim.scenarios().apply(new ScenarioAction.ChargeOverTemperature(2));
    sim.scenarios().apply(new ScenarioAction.MosProtection(4));
    assertThat(alarm(2).flags())
        .contains(AlarmFlag.CHARGE_OVER_TEMP, AlarmFlag.CHARGE_HIGH_TEMP_WARN);
    assertThat(alarm(2).flags()).doesNotContain(AlarmFlag.CHARGE_MOSFET_ON);
    AnalogResponse a = (AnalogResponse) rack.send(PaceRequests.analog(2, 2)).orElseThrow();
    assertThat(a.packs().get(0).temperaturesCelsius().get(0).orElseThrow().doubleValue())
        .isGreaterThan(55);
    assertThat(alarm(4).flags()).contains(AlarmFlag.MOS_OVER_TEMP, AlarmFlag.MOS_HIGH_TEMP_WARN);
    sim.scenarios().apply(new ScenarioAction.PackNormal(2));
    assertThat(alarm(2).flags()).doesNotContain(AlarmFlag.CHARGE_OVER_TEMP);
  }

  @Test
  void anyForcedCondition() throws Exception {
    sim.scenarios().apply(new ScenarioAction.ForceCondition(5, PackCondition.DOCP, true));
    sim.scenarios().apply(new ScenarioAction.ForceCondition(5, PackCondition.CELL_FAULT, true));
    assertThat(alarm(5).flags())
        .contains(AlarmFlag.DISCHARGE_OVER_CURRENT, AlarmFlag.CELL_FAULT)
        .doesNotContain(AlarmFlag.DISCHARGE_MOSFET_ON);
  }

  @Test
  void missingAndDuplicatedPackAddress() throws Exception {
    sim.scenarios().apply(new ScenarioAction.PackAddress(5, 4));
    assertThat(rack.send(PaceRequests.analog(5, 5))).isEmpty();
    assertThatThrownBy(() -> rack.send(PaceRequests.analog(4, 4)))
        .isInstanceOf(BmsProtocolException.class);
    AnalogResponse all = (AnalogResponse) rack.send(PaceRequests.analog(1, 0xFF)).orElseThrow();
    assertThat(all.packs())
        .extracting(PackAnalog::present)
        .containsExactly(true, true, true, false, false, true);
  }

  @Test
  void twoMasters() throws Exception {
    sim.scenarios().apply(new ScenarioAction.PackAddress(2, 1));
    assertThatThrownBy(() -> rack.send(PaceRequests.analog(1, 0xFF)))
        .isInstanceOf(BmsProtocolException.class);
    assertThatThrownBy(() -> rack.send(PaceRequests.packCount(1)))
        .isInstanceOf(BmsProtocolException.class);
    assertThat(rack.send(PaceRequests.analog(2, 2))).isEmpty();
  }

  private PackAlarm alarm(int pack) throws Exception {
    AlarmResponse r = (AlarmResponse) rack.send(PaceRequests.alarm(pack, pack)).orElseThrow();
    return r.packs().get(0);
  }
}
