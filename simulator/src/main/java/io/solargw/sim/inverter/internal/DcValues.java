package io.solargw.sim.inverter.internal;

import io.solargw.sim.site.BatteryState;
import io.solargw.sim.site.PackState;
import io.solargw.sim.site.UnitState;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Product information (0x000A-0x005D) and DC data (0x0100-0x0139) of one unit, in the published
 * units of the profile's points (protocol doc 3.1, 3.2). The BMS mirror registers 0x0112-0x0139
 * show the rack the inverter hears over CAN.
 */
final class DcValues {

  /** Charge voltage limit the rack announces: 16 cells x 3.5 V (as PylonFrameSet). */
  private static final double CHARGE_VOLTAGE_LIMIT = 56.0;

  private DcValues() {}

  static void product(UnitView v, Values out) {
    var id = v.unit().identity();
    LocalDateTime made = v.start().minusMonths(30).withHour(10).withMinute(22).withSecond(31);
    out.num("minor_version", 0)
        .choice("product_type", 4) // all-in-one solar charger inverter (doc 3.1 0x000B)
        .version("app_version", id.appVersion())
        .version("bootloader_version", id.bootloaderVersion())
        .version("control_board_version", 100)
        .version("power_board_version", 100)
        .version("lcd_version", 105)
        .num("modbus_address", id.address())
        .num("model_code", v.ratedWatts() / 100)
        .version("protocol_version", 208)
        .time("manufacture_date", made)
        .choice("production_site", 0)
        .text("cpu_build_time", buildTime(made))
        .text("serial_number", id.serialNumber())
        .text("cpu2_build_time", buildTime(made.minusDays(2)));
  }

  private static String buildTime(LocalDateTime t) {
    // The compiler's __DATE__ __TIME__ format, as in vector T2 ("May  7 2022 11:18:56").
    String month =
        t.getMonth().name().charAt(0)
            + t.getMonth().name().substring(1, 3).toLowerCase(Locale.ROOT);
    return String.format(
        "%s %2d %d %02d:%02d:%02d",
        month, t.getDayOfMonth(), t.getYear(), t.getHour(), t.getMinute(), t.getSecond());
  }

  static void battery(UnitView v, Values out) {
    UnitState u = v.state();
    BatteryState b = v.site().battery();
    List<PackState> packs = v.packs();
    out.num("battery_soc_pct", Math.round(b.socPercent()))
        .num("battery_voltage_V", u.batteryVolts())
        .num("battery_current_A", u.batteryAmps())
        .num("battery_temperature_C", mean(packs, 0))
        .num(
            "battery_soh_pct",
            Math.round(packs.stream().mapToDouble(PackState::sohPercent).average().orElse(0)))
        .num(
            "battery_rated_capacity_Ah",
            Math.round(packs.stream().mapToDouble(PackState::designAh).sum()))
        .num(
            "battery_remaining_capacity_Ah",
            Math.floor(packs.stream().mapToDouble(PackState::remainingAh).sum()))
        .num("pv_voltage_V", u.pvVolts())
        .num("pv_current_A", u.pvAmps())
        .num("pv_power_W", Math.round(u.pvWatts()))
        .num("pv_total_power_W", Math.round(u.pvWatts()))
        .choice("charge_state", chargeState(u, b.socPercent()))
        .num("battery_cycle_count", packs.stream().mapToInt(PackState::cycles).max().orElse(0))
        .num(
            "total_charge_power_W",
            Math.round((u.pvChargeAmps() + u.acChargeAmps()) * u.batteryVolts()));
  }

  /** 0x010B (doc 3.2, V1.96 numbering): 0 off, 1 bulk, 2 constant voltage, 4 float. */
  private static int chargeState(UnitState u, double soc) {
    if (u.batteryAmps() <= 0.05) {
      return soc >= 99.5 && u.batteryAmps() > -0.05 ? 4 : 0;
    }
    return soc >= 95 ? 2 : 1;
  }

  static void bms(UnitView v, Values out) {
    BatteryState b = v.site().battery();
    List<PackState> packs = v.packs();
    double design = packs.stream().mapToDouble(PackState::designAh).sum();
    double ccl =
        packs.stream().mapToDouble(p -> p.designAh() * (p.socPercent() >= 98 ? 0.05 : 0.5)).sum();
    out.num("bms_battery_voltage_V", b.volts())
        // 0x0113 is documented unsigned with no sign stated (doc 3.2): the magnitude.
        .num("bms_battery_current_A", Math.abs(b.amps()))
        .num("bms_temperature_C", max(packs))
        .num("bms_charge_voltage_limit_V", CHARGE_VOLTAGE_LIMIT)
        .num("bms_charge_current_limit_A", ccl)
        .num("bms_discharge_current_limit_A", design)
        .num("bms_module_count", packs.size())
        .num("bms_software_version", 310)
        .num("bms_hardware_version", 100);
    cellExtremes(packs, out);
  }

  private static void cellExtremes(List<PackState> packs, Values out) {
    int max = Integer.MIN_VALUE;
    int min = Integer.MAX_VALUE;
    int maxAt = 0;
    int minAt = 0;
    double tMax = -100;
    double tMin = 200;
    int tMaxAt = 0;
    int tMinAt = 0;
    for (PackState p : packs) {
      for (int c = 0; c < p.cellMillivolts().size(); c++) {
        int mv = p.cellMillivolts().get(c);
        int at = (p.address() - 1) * p.cellMillivolts().size() + c + 1;
        if (mv > max) {
          max = mv;
          maxAt = at;
        }
        if (mv < min) {
          min = mv;
          minAt = at;
        }
      }
      for (int t = 0; t < 4; t++) {
        double c = p.temperaturesCelsius().get(t);
        int at = (p.address() - 1) * 4 + t + 1;
        if (c > tMax) {
          tMax = c;
          tMaxAt = at;
        }
        if (c < tMin) {
          tMin = c;
          tMinAt = at;
        }
      }
    }
    out.num("max_cell_voltage_mV", max)
        .num("min_cell_voltage_mV", min)
        .num("max_cell_temperature_C", Math.round(tMax))
        .num("min_cell_temperature_C", Math.round(tMin))
        .num("max_cell_voltage_index", maxAt)
        .num("min_cell_voltage_index", minAt)
        .num("max_cell_temperature_index", tMaxAt)
        .num("min_cell_temperature_index", tMinAt);
  }

  private static double mean(List<PackState> packs, int sensor) {
    return packs.stream().mapToDouble(p -> p.temperaturesCelsius().get(sensor)).average().orElse(0);
  }

  private static double max(List<PackState> packs) {
    return packs.stream()
        .flatMap(p -> p.temperaturesCelsius().subList(0, 4).stream())
        .mapToDouble(Double::doubleValue)
        .max()
        .orElse(0);
  }
}
