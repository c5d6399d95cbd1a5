package io.solargw.mqtt;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Sample device states shaped like the gateway's: an inverter, a pack, the aggregates, the gateway.
 */
public final class Devices {

  public static final Instant T0 = Instant.parse("2026-05-01T12:00:00Z");

  private Devices() {}

  public static WritableSetting outputPriority() {
    return new WritableSetting(
        "WFM",
        "Output priority",
        new SettingInput.Options(List.of("SOL", "UTI", "SBU")),
        "output_priority");
  }

  public static WritableSetting maxChargeCurrent() {
    return new WritableSetting(
        "MCC",
        "Max charge current",
        new SettingInput.Range(BigDecimal.ZERO, new BigDecimal("100"), BigDecimal.ONE, "A"),
        "max_charge_current_A");
  }

  public static WritableSetting buzzer() {
    return new WritableSetting("BUZ", "Buzzer", new SettingInput.Toggle(), "");
  }

  public static DeviceState.Builder inverterBuilder(int unit, double batteryVolts) {
    return DeviceState.builder("inverter-" + unit, DeviceKind.INVERTER, "Inverter " + unit)
        .info(new DeviceInfo("SRNE", "HYP4850U100-H", "SN000" + unit, "1.2.3"))
        .at(Availability.ONLINE, T0)
        .value("battery_voltage_V", batteryVolts)
        .value("battery_current_A", 12.5)
        .value("pv_power_W", 1200)
        .value("output_apparent_power_VA", 900)
        .value("pv_energy_total_kWh", 1234.56)
        .value("grid_frequency_Hz", 50.01)
        .value("heatsink_temperature_C", 41.5)
        .value("load_pct", 23)
        .value("machine_state", Value.of("inverting"))
        .value("grid_connected", Value.of(true))
        .value("output_priority", Value.of("SBU"))
        .value("max_charge_current_A", 60)
        .value("faults", Value.codes(List.of()))
        .value("alarms", Value.codes(List.of(new Code(19, "alarm", "Battery low"))))
        .setting(outputPriority())
        .setting(maxChargeCurrent())
        .setting(buzzer());
  }

  public static DeviceState inverter(int unit, double batteryVolts) {
    return inverterBuilder(unit, batteryVolts).build();
  }

  public static DeviceState pack(int address) {
    List<Double> cells = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      cells.add(3320.0 + i);
    }
    return DeviceState.builder("pack-" + address, DeviceKind.BATTERY_PACK, "Pack " + address)
        .info(new DeviceInfo("PACE", "P16S100A", "PK" + address, "V2.1"))
        .at(Availability.ONLINE, T0)
        .value("voltage_V", 53.12)
        .value("current_A", -4.2)
        .value("soc_pct", 87)
        .value("soh_pct", 99)
        .value("remaining_capacity_Ah", 87.1)
        .value("cycles", 112)
        .value("cells_mV", Value.series(cells))
        .value("temperatures_C", Value.series(List.of(24.1, 24.3, 24.0, 25.2)))
        .value("protections", Value.codes(List.of()))
        .value("balancing", Value.of(false))
        .build();
  }

  public static DeviceState stack(int units) {
    return DeviceState.builder("inverter-stack", DeviceKind.INVERTER_STACK, "Inverter stack")
        .at(Availability.ONLINE, T0)
        .value("units", units)
        .value("pv_power_W", 2400)
        .value("load_power_W", 1800)
        .value("pv_energy_total_kWh", 2469.12)
        .value("output_priority", Value.of("SBU"))
        .setting(outputPriority())
        .build();
  }

  public static DeviceState rack(int packs) {
    return DeviceState.builder("battery-rack", DeviceKind.BATTERY_RACK, "Battery rack")
        .at(Availability.ONLINE, T0)
        .value("packs", packs)
        .value("voltage_V", 53.1)
        .value("current_A", -8.4)
        .value("power_W", -446)
        .value("soc_pct", 86)
        .value("charge_energy_total_kWh", 812.4)
        .value("discharge_energy_total_kWh", 790.2)
        .value("cell_min_mV", 3318)
        .value("cell_max_mV", 3335)
        .build();
  }

  public static DeviceState gateway() {
    return DeviceState.builder("gateway", DeviceKind.GATEWAY, "Solar gateway")
        .info(new DeviceInfo("Solar Gateway", "solar-gateway", "", "0.1.0"))
        .at(Availability.ONLINE, T0)
        .value("uptime_s", 3600)
        .value("poll_cycle_ms", 820)
        .value("bus_errors", 0)
        .value("version", Value.of("0.1.0"))
        .build();
  }
}
