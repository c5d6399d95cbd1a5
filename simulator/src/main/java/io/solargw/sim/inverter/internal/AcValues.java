package io.solargw.sim.inverter.internal;

import io.solargw.sim.site.Phase;
import io.solargw.sim.site.SiteState;
import io.solargw.sim.site.UnitState;
import java.util.ArrayList;
import java.util.List;

/**
 * Inverter data area 0x0200-0x0263 of one unit (protocol doc 3.3). A unit of a parallel stack is a
 * single-phase machine: its own phase goes in the phase-A registers and the B/C registers of
 * three-phase machines read 0. Units on one phase see the same grid voltage; the phases differ a
 * little, as real phases do. An inverting unit regulates its output to the E208/E209 settings; a
 * unit on bypass passes the grid through.
 */
final class AcValues {

  private static final double POWER_FACTOR = 0.95;

  private AcValues() {}

  static void inverter(UnitView v, Values out) {
    UnitState u = v.state();
    double gridVolts = gridVolts(u);
    double outVolts = u.outputVolts() == 0 ? 0 : v.inverting() ? v.outputVolts() : gridVolts;
    double outHertz = u.outputHertz() == 0 ? 0 : v.inverting() ? v.outputHertz() : u.gridHertz();
    double loadAmps = outVolts > 0 ? u.loadVoltAmps() / outVolts : 0;
    double acSideChargeAmps = gridVolts > 0 ? u.acChargeAmps() * u.batteryVolts() / gridVolts : 0;
    out.flags("fault_bits", List.of(0, 0, 0, 0))
        .codes("fault_codes", slots(v.codes()))
        .num("power_flow_version", 0)
        .flags("power_flow_flags", List.of(0, 0))
        .time("date_time", v.clock())
        .num("grid_connect_countdown_s", 0)
        .choice("machine_state", u.machineState())
        .choice("password_status", 0)
        .num("bus_voltage_V", u.busVolts())
        .num("grid_voltage_V", gridVolts)
        .num("grid_current_A", gridVolts > 0 ? u.gridWatts() / gridVolts : 0)
        .num("grid_frequency_Hz", u.gridHertz())
        .num("output_voltage_V", outVolts)
        .num("inverter_current_A", v.inverting() ? loadAmps : acSideChargeAmps)
        .num("inverter_frequency_Hz", outHertz)
        .num("load_current_A", loadAmps)
        .num("load_power_factor", u.loadWatts() > 0 ? POWER_FACTOR : 0)
        .num("load_active_power_W", Math.round(u.loadWatts()))
        .num("load_apparent_power_VA", Math.round(u.loadVoltAmps()))
        .num("inverter_dc_component_mV", v.inverting() ? 3 : 0)
        .num("ac_charge_current_A", u.acChargeAmps())
        .num("load_ratio_pct", u.loadPercent())
        .num("temperature_dc_C", u.dcDcCelsius())
        .num("temperature_ac_C", u.inverterCelsius())
        .num("temperature_transformer_C", u.transformerCelsius())
        .num("temperature_ambient_C", u.ambientCelsius())
        .num("pv_charge_current_A", u.pvChargeAmps());
    parallel(v.site(), out);
    out.num("grid_active_power_W", Math.round(u.gridWatts()))
        .num("grid_apparent_power_VA", Math.round(Math.abs(u.gridWatts())));
  }

  /** The grid voltage of the unit's phase: L2 and L3 sit a little off L1. */
  static double gridVolts(UnitState u) {
    if (u.gridVolts() == 0) {
      return 0;
    }
    return u.gridVolts() + (u.phase() == Phase.L2 ? 1.2 : u.phase() == Phase.L3 ? -0.9 : 0);
  }

  /** Stack sums the V2.04+ firmware shows on every unit (0x024D-0x0253). */
  private static void parallel(SiteState site, Values out) {
    double loadAmps = 0;
    for (UnitState s : site.units()) {
      loadAmps += s.loadAmps();
    }
    out.num("parallel_average_load_current_A", loadAmps / site.units().size())
        .num("parallel_unit_count", site.units().size())
        .num("parallel_ups_load_power_W", Math.round(site.loadWatts()))
        .num("parallel_home_load_power_W", Math.round(site.loadWatts()))
        .num("parallel_grid_power_W", Math.round(site.gridWatts()));
  }

  private static List<Integer> slots(List<Integer> codes) {
    List<Integer> out = new ArrayList<>(codes.subList(0, Math.min(4, codes.size())));
    while (out.size() < 4) {
      out.add(0);
    }
    return out;
  }
}
