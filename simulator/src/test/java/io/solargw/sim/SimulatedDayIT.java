package io.solargw.sim;

import static io.solargw.sim.clients.Snapshots.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.solargw.protocol.bms.pace.AnalogResponse;
import io.solargw.protocol.bms.pace.PaceRequests;
import io.solargw.protocol.bms.pace.PackAnalog;
import io.solargw.protocol.inverter.decode.InverterSnapshot;
import io.solargw.protocol.inverter.rtu.ReadRequest;
import io.solargw.protocol.inverter.rtu.ReadResponse;
import io.solargw.sim.clients.PaceClient;
import io.solargw.sim.clients.RtuClient;
import io.solargw.sim.clients.Snapshots;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Physics as the gateway sees it: a simulated day (and the next midnight) read over both buses
 * every 15 simulated minutes and decoded with protocol-inverter and protocol-bms; then the clock
 * running at high speed while a client polls.
 */
class SimulatedDayIT {

  private static final List<String> TOTALS =
      List.of(
          "pv_energy_total_kWh",
          "load_energy_total_kWh",
          "battery_charge_total_Ah",
          "battery_discharge_total_Ah",
          "battery_charge_energy_total_kWh",
          "battery_discharge_energy_total_kWh",
          "ac_charge_total_Ah",
          "load_from_grid_total_kWh",
          "inverter_time_total_h",
          "bypass_time_total_h");

  @Test
  void aDayReadOverTheWireStaysPhysicallyConsistent() throws Exception {
    SimulationOptions options =
        SimulationOptions.builder()
            .inverters(3)
            .threePhase(true)
            .packs(8)
            .turnaroundMillis(0)
            .seed(7)
            .start(LocalDateTime.of(2026, 6, 21, 0, 0))
            .build();
    Map<String, Double> previous = new HashMap<>();
    double peakPv = 0;
    double pvToday = 0;
    try (Simulation sim = Simulation.start(options);
        RtuClient inverters = new RtuClient(sim.inverterBus());
        PaceClient rack = new PaceClient(sim.rackBus())) {
      for (int step = 1; step <= 100; step++) {
        sim.advance(900);
        String when = sim.state().time().toString();
        for (int unit = 1; unit <= 3; unit++) {
          InverterSnapshot s = Snapshots.read(inverters, unit);
          String where = when + " unit " + unit;
          checkUnit(s, where);
          for (String total : TOTALS) {
            double now = number(s, total);
            assertThat(now)
                .as(where + " " + total + " never goes back")
                .isGreaterThanOrEqualTo(previous.getOrDefault(unit + total, 0.0));
            previous.put(unit + total, now);
          }
          peakPv = Math.max(peakPv, number(s, "pv_power_W"));
          if (unit == 1 && step == 95) { // 23:45
            pvToday = number(s, "pv_energy_today_kWh");
          }
          if (unit == 1 && step == 100) {
            // the day rolled over: yesterday's PV moved to F000, today restarted
            assertThat(number(s, "pv_energy_day_minus_1_kWh")).isCloseTo(pvToday, within(0.51));
            assertThat(number(s, "pv_energy_today_kWh")).isLessThan(pvToday);
          }
        }
        checkRack((AnalogResponse) rack.send(PaceRequests.analog(1, 0xFF)).orElseThrow(), when);
      }
    }
    assertThat(peakPv).as("the sun rose").isGreaterThan(1000);
    assertThat(pvToday).isPositive();
  }

  private static void checkUnit(InverterSnapshot s, String where) {
    double pv = number(s, "pv_power_W");
    double grid = number(s, "grid_active_power_W");
    double load = number(s, "load_active_power_W");
    double battery = number(s, "battery_power_W");
    // Registers hold whole watts and 0.1 V x 0.1 A: allow rounding of V x I plus 1 % of the flow.
    double tolerance = 25 + 0.01 * Math.max(Math.abs(load), Math.abs(battery));
    assertThat(pv + grid).as(where + " power balance").isCloseTo(load + battery, within(tolerance));
    assertThat(number(s, "battery_soc_pct")).as(where).isBetween(0.0, 100.0);
    assertThat(grid).as(where + " an off-grid unit never exports").isGreaterThanOrEqualTo(0);
  }

  private static void checkRack(AnalogResponse all, String when) {
    assertThat(all.packs()).hasSize(8);
    for (PackAnalog p : all.packs()) {
      String where = when + " pack " + p.packAddress();
      int sum = p.block().cellMillivolts().stream().mapToInt(Integer::intValue).sum();
      assertThat(p.voltageVolts().doubleValue() * 1000)
          .as(where + " cells sum to the pack voltage")
          .isCloseTo(sum, within(1.0));
      assertThat(p.soc().orElseThrow().percent().doubleValue()).as(where).isBetween(0.0, 100.0);
      assertThat(p.block().cellMillivolts()).allSatisfy(mv -> assertThat(mv).isBetween(2500, 3650));
    }
  }

  @Test
  void countersOnlyGrowWhileTheClockRunsFast() throws Exception {
    SimulationOptions options =
        SimulationOptions.builder()
            .inverters(2)
            .turnaroundMillis(0)
            .speed(20_000)
            .tick(Duration.ofMillis(50))
            .build();
    try (Simulation sim = Simulation.start(options);
        RtuClient client = new RtuClient(sim.inverterBus())) {
      long last = -1;
      LocalDateTime end = options.start().plusHours(30);
      int reads = 0;
      while (sim.state().time().isBefore(end)) {
        ReadResponse r =
            (ReadResponse) client.send(ReadRequest.holding(2, 0xF038, 4)).orElseThrow();
        long pv = r.registers().get(0) | (long) r.registers().get(1) << 16; // low word first
        assertThat(pv).as("total PV never goes back").isGreaterThanOrEqualTo(last);
        last = pv;
        reads++;
      }
      assertThat(last).as("30 h of sun produced energy").isPositive();
      assertThat(reads).isGreaterThan(10);
    }
  }
}
