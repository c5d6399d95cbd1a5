package io.solargw.protocol.bms.pace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every documented bit of the 0x44 state bytes, with the battery manual's short label where it has
 * one (seeds/003 "Protection Status" and "Alarm Status" lists) and a readable description.
 *
 * <p>Bits: protect state 1/2 [PACE18 A.19-A.20], [PACE31 A.17-A.18]; instruction state [PACE18
 * A.21], [PACE31 A.19]; fault state [PACE18 A.23], [PACE31 A.21]; warn state 1/2 [PACE18
 * A.24-A.25]; V3.1 fault state 8, indication state 9, fault state 10 [PACE31 A.26-A.28]; Pylontech
 * status 1-3 [PYL33 §3.5]. The manual's lists read MSB to LSB match the documented bits (bms.md
 * §4.3.7). "Fully" (protect state 2 bit 7) is a status, not a protection (§4.3.2). The manual's
 * "PCB" protection has no documented bit (§4.3.5) and is not in this table. The manual prints "OV"
 * as "Cell over discharge alarm" (a copy of UV's text); the documented bit is the cell high-voltage
 * warning, which is what OV means here.
 */
public enum AlarmFlag {
  CHARGER_HIGH_VOLTAGE(State.PROTECT_1, 7, null, "charger high-voltage protection (V3.1)"),
  SHORT_CIRCUIT(State.PROTECT_1, 6, "CP", "short-circuit protection"),
  DISCHARGE_OVER_CURRENT(State.PROTECT_1, 5, "DOCP", "discharge over-current protection"),
  CHARGE_OVER_CURRENT(State.PROTECT_1, 4, "COCP", "charge over-current protection"),
  PACK_UNDER_VOLTAGE(State.PROTECT_1, 3, "TUVP", "total (pack) under-voltage protection"),
  PACK_OVER_VOLTAGE(State.PROTECT_1, 2, "TOVP", "total (pack) over-voltage protection"),
  CELL_UNDER_VOLTAGE(State.PROTECT_1, 1, "UVP", "cell under-voltage protection"),
  CELL_OVER_VOLTAGE(State.PROTECT_1, 0, "OVP", "cell over-voltage protection"),
  FULLY_CHARGED(State.PROTECT_2, 7, "Fully", "fully charged", Category.STATUS),
  ENV_UNDER_TEMP(State.PROTECT_2, 6, "EUT", "environment under-temperature protection"),
  ENV_OVER_TEMP(State.PROTECT_2, 5, "EOT", "environment over-temperature protection"),
  MOS_OVER_TEMP(State.PROTECT_2, 4, "MOS OT", "MOSFET over-temperature protection"),
  DISCHARGE_UNDER_TEMP(State.PROTECT_2, 3, "DUTP", "discharge under-temperature protection"),
  CHARGE_UNDER_TEMP(State.PROTECT_2, 2, "CUTP", "charge under-temperature protection"),
  DISCHARGE_OVER_TEMP(State.PROTECT_2, 1, "DOTP", "discharge over-temperature protection"),
  CHARGE_OVER_TEMP(State.PROTECT_2, 0, "COTP", "charge over-temperature protection"),
  HEATER_ON(State.INSTRUCTION, 7, null, "heater on", Category.STATUS),
  SHUTDOWN(State.INSTRUCTION, 6, null, "shutdown", Category.STATUS),
  CHARGING(State.INSTRUCTION, 5, null, "charging", Category.STATUS),
  CHARGER_REVERSED(State.INSTRUCTION, 4, null, "charger reverse-connected", Category.STATUS),
  DISCHARGING(State.INSTRUCTION, 3, null, "discharging", Category.STATUS),
  DISCHARGE_MOSFET_ON(State.INSTRUCTION, 2, null, "discharge MOSFET on", Category.STATUS),
  CHARGE_MOSFET_ON(State.INSTRUCTION, 1, null, "charge MOSFET on", Category.STATUS),
  CURRENT_LIMITING_ON(State.INSTRUCTION, 0, null, "current limiting on", Category.STATUS),
  HEATING_FILM_FAULT(State.FAULT, 7, null, "heating-film fault (V3.1)", Category.FAULT),
  CURRENT_LIMITING_FAULT(State.FAULT, 6, null, "current-limiting fault (V3.1)", Category.FAULT),
  SAMPLING_FAULT(State.FAULT, 5, "Sample", "sampling (AFE) chip fault", Category.FAULT),
  CELL_FAULT(State.FAULT, 4, "Cells", "cell fault", Category.FAULT),
  COMMUNICATION_FAULT(State.FAULT, 3, null, "communication fault (V3.1)", Category.FAULT),
  NTC_FAULT(State.FAULT, 2, "NTC", "temperature sensor (NTC) fault", Category.FAULT),
  DISCHARGE_MOSFET_FAULT(State.FAULT, 1, "dhg MOS", "discharge MOSFET fault", Category.FAULT),
  CHARGE_MOSFET_FAULT(State.FAULT, 0, "chg MOS", "charge MOSFET fault", Category.FAULT),
  DISCHARGE_OVER_CURRENT_WARN(
      State.WARN_1, 5, "DOC", "discharge over-current warning", Category.ALARM),
  CHARGE_OVER_CURRENT_WARN(State.WARN_1, 4, "COC", "charge over-current warning", Category.ALARM),
  PACK_LOW_VOLTAGE_WARN(State.WARN_1, 3, "TUV", "total (pack) low voltage warning", Category.ALARM),
  PACK_HIGH_VOLTAGE_WARN(
      State.WARN_1, 2, "TOV", "total (pack) high voltage warning", Category.ALARM),
  CELL_LOW_VOLTAGE_WARN(State.WARN_1, 1, "UV", "cell low voltage warning", Category.ALARM),
  CELL_HIGH_VOLTAGE_WARN(State.WARN_1, 0, "OV", "cell high voltage warning", Category.ALARM),
  LOW_SOC_WARN(State.WARN_2, 7, "USOC", "low SOC warning", Category.ALARM),
  MOS_HIGH_TEMP_WARN(State.WARN_2, 6, "MOS OT", "MOSFET high temperature warning", Category.ALARM),
  ENV_LOW_TEMP_WARN(State.WARN_2, 5, "EUT", "environment low temperature warning", Category.ALARM),
  ENV_HIGH_TEMP_WARN(
      State.WARN_2, 4, "EOT", "environment high temperature warning", Category.ALARM),
  DISCHARGE_LOW_TEMP_WARN(
      State.WARN_2, 3, "DUT", "discharge low temperature warning", Category.ALARM),
  CHARGE_LOW_TEMP_WARN(State.WARN_2, 2, "CUT", "charge low temperature warning", Category.ALARM),
  DISCHARGE_HIGH_TEMP_WARN(
      State.WARN_2, 1, "DOT", "discharge high temperature warning", Category.ALARM),
  CHARGE_HIGH_TEMP_WARN(State.WARN_2, 0, "COT", "charge high temperature warning", Category.ALARM),
  MCU_OVER_VOLTAGE(State.FAULT_8, 7, null, "MCU over-voltage fault", Category.FAULT),
  PACK_LOCKED(State.FAULT_8, 6, null, "battery-pack lock", Category.FAULT),
  MASTER_SLAVE_OFFLINE(State.FAULT_8, 5, null, "master/slave offline", Category.FAULT),
  TRIP_UNIT_FAULT(State.FAULT_8, 4, null, "trip-unit fault", Category.FAULT),
  TRIP_UNIT_STATUS(State.FAULT_8, 3, null, "trip-unit status", Category.FAULT),
  SHUNT_FAULT(State.FAULT_8, 2, null, "current-sense resistor fault", Category.FAULT),
  TEMP_DIFFERENCE_FAULT(State.FAULT_8, 1, null, "temperature-difference fault", Category.FAULT),
  TOTAL_VOLTAGE_FAULT(State.FAULT_8, 0, null, "total-voltage fault", Category.FAULT),
  HW_OVER_VOLTAGE_LIMIT_OFF(
      State.INDICATION_9,
      2,
      null,
      "current limiting off (hardware over-voltage protection)",
      Category.STATUS),
  WIFI_CONNECTED(State.INDICATION_9, 1, null, "WiFi connected", Category.STATUS),
  BLUETOOTH_CONNECTED(State.INDICATION_9, 0, null, "Bluetooth connected", Category.STATUS),
  TWELVE_VOLT_FAULT(State.FAULT_10, 0, null, "12 V fault", Category.FAULT),
  PYLON_MODULE_UNDER_VOLTAGE(State.PYLON_STATUS_1, 7, null, "module under-voltage"),
  PYLON_CHARGE_OVER_TEMP(State.PYLON_STATUS_1, 6, null, "charge over-temperature"),
  PYLON_DISCHARGE_OVER_TEMP(State.PYLON_STATUS_1, 5, null, "discharge over-temperature"),
  PYLON_DISCHARGE_OVER_CURRENT(State.PYLON_STATUS_1, 4, null, "discharge over-current"),
  PYLON_CHARGE_OVER_CURRENT(State.PYLON_STATUS_1, 2, null, "charge over-current"),
  PYLON_CELL_UNDER_VOLTAGE(State.PYLON_STATUS_1, 1, null, "cell under-voltage"),
  PYLON_MODULE_OVER_VOLTAGE(State.PYLON_STATUS_1, 0, null, "module over-voltage"),
  PYLON_MODULE_POWER(State.PYLON_STATUS_2, 3, null, "using battery module power", Category.STATUS),
  PYLON_DFET_ON(State.PYLON_STATUS_2, 2, null, "discharge MOSFET on", Category.STATUS),
  PYLON_CFET_ON(State.PYLON_STATUS_2, 1, null, "charge MOSFET on", Category.STATUS),
  PYLON_PRE_MOSFET_ON(State.PYLON_STATUS_2, 0, null, "pre-charge MOSFET on", Category.STATUS),
  PYLON_CHARGING(State.PYLON_STATUS_3, 7, null, "effective charge current", Category.STATUS),
  PYLON_DISCHARGING(State.PYLON_STATUS_3, 6, null, "effective discharge current", Category.STATUS),
  PYLON_HEATER_ON(State.PYLON_STATUS_3, 5, null, "heater on", Category.STATUS),
  PYLON_FULLY_CHARGED(State.PYLON_STATUS_3, 3, null, "fully charged", Category.STATUS),
  PYLON_BUZZER_ON(State.PYLON_STATUS_3, 0, null, "buzzer on", Category.STATUS);

  /** Which byte of the alarm block a flag lives in. */
  public enum State {
    PROTECT_1,
    PROTECT_2,
    INSTRUCTION,
    FAULT,
    WARN_1,
    WARN_2,
    FAULT_8,
    INDICATION_9,
    FAULT_10,
    PYLON_STATUS_1,
    PYLON_STATUS_2,
    PYLON_STATUS_3
  }

  /** Which JSON list a set flag goes to. */
  public enum Category {
    PROTECTION,
    ALARM,
    FAULT,
    STATUS
  }

  private final State state;
  private final int bit;
  private final String label;
  private final String description;
  private final Category category;

  AlarmFlag(State state, int bit, String label, String description) {
    this(state, bit, label, description, Category.PROTECTION);
  }

  AlarmFlag(State state, int bit, String label, String description, Category category) {
    this.state = state;
    this.bit = bit;
    this.label = label;
    this.description = description;
    this.category = category;
  }

  /** The state byte the flag lives in. */
  public State state() {
    return state;
  }

  /** Bit number, 0 = LSB. */
  public int bit() {
    return bit;
  }

  /** The battery manual's short label (e.g. "OVP"), if it has one. */
  public Optional<String> label() {
    return Optional.ofNullable(label);
  }

  /** What the set bit means, e.g. "cell over-voltage protection". */
  public String description() {
    return description;
  }

  /** The JSON list a set flag is reported in. */
  public Category category() {
    return category;
  }

  /** The flags of {@code state} set in {@code value}, MSB first. */
  public static List<AlarmFlag> set(State state, int value) {
    List<AlarmFlag> out = new ArrayList<>();
    for (AlarmFlag f : values()) {
      if (f.state == state && (value >> f.bit & 1) == 1) {
        out.add(f);
      }
    }
    return out;
  }
}
