package io.solargw.protocol.bms.pace;

import java.util.Optional;

/**
 * The PACE (VER 0x25) commands this library builds and decodes, with their CID2 codes.
 *
 * <p>Source: bms.md §2.1 and §2.4 [PACE18 §4], [PACE31 table A.7, §4.5-4.73]. The protection
 * parameter pairs D0..E7 are set (even) / read (odd); their layouts are in {@link
 * ProtectionParameter}. V3.1 codes not listed (0x64-0x67, 0x6A/0x6B, 0x7E/0x7F, 0x80, 0xA4, 0xA5,
 * 0xA7, 0xA9-0xAD, 0xB3, 0xB4, 0xB7-0xBD, 0xC3/0xC4, 0xFF) are calibration, factory or test
 * commands and stay {@link UnknownCommand}.
 */
public enum PaceCommand implements CommandCode {
  ANALOG(0x42, "pack analog values", false),
  ALARM(0x44, "pack alarm and status values", false),
  PROTOCOL_LIST(0x60, "inverter protocol list numbers", false),
  PROTOCOL_NAMES(0x61, "inverter protocol list names", false),
  CURRENT_PROTOCOL(0x62, "current inverter protocol", false),
  SET_CURRENT_PROTOCOL(0x63, "set current inverter protocol", true),
  PACK_COUNT(0x90, "pack quantity", false),
  CONTROL(0x99, "control command", true),
  CHARGE_MOSFET(0x9A, "charge MOSFET control", true),
  DISCHARGE_MOSFET(0x9B, "discharge MOSFET control", true),
  SHUTDOWN(0x9C, "shutdown / sleep", true),
  SLEEP_PARAMETERS(0xA0, "cell sleep parameters", false),
  HISTORY_RECORD(0xA1, "history record", false),
  CAPACITY(0xA6, "pack capacity", false),
  SET_SLEEP_PARAMETERS(0xA8, "set cell sleep parameters", true),
  SET_FULL_CHARGE_PARAMETERS(0xAE, "set full-charge parameters and low-capacity alarm", true),
  FULL_CHARGE_PARAMETERS(0xAF, "full-charge parameters and low-capacity alarm", false),
  DATE_TIME(0xB1, "date and time", false),
  SET_DATE_TIME(0xB2, "set date and time", true),
  SET_BALANCING_PARAMETERS(0xB5, "set balancing parameters", true),
  BALANCING_PARAMETERS(0xB6, "balancing parameters", false),
  SOFTWARE_VERSION(0xC1, "software version", false),
  PRODUCT_INFO(0xC2, "product information (serial numbers)", false),
  INTERNAL_VERSION(0xC6, "internal version", false),
  SET_CELL_OVER_VOLTAGE(0xD0, "set cell over-voltage parameters", true),
  CELL_OVER_VOLTAGE(0xD1, "cell over-voltage parameters", false),
  SET_CELL_UNDER_VOLTAGE(0xD2, "set cell under-voltage parameters", true),
  CELL_UNDER_VOLTAGE(0xD3, "cell under-voltage parameters", false),
  SET_PACK_OVER_VOLTAGE(0xD4, "set pack over-voltage parameters", true),
  PACK_OVER_VOLTAGE(0xD5, "pack over-voltage parameters", false),
  SET_PACK_UNDER_VOLTAGE(0xD6, "set pack under-voltage parameters", true),
  PACK_UNDER_VOLTAGE(0xD7, "pack under-voltage parameters", false),
  SET_CHARGE_OVER_CURRENT(0xD8, "set charge over-current parameters", true),
  CHARGE_OVER_CURRENT(0xD9, "charge over-current parameters", false),
  SET_DISCHARGE_OVER_CURRENT_1(0xDA, "set discharge over-current 1 parameters", true),
  DISCHARGE_OVER_CURRENT_1(0xDB, "discharge over-current 1 parameters", false),
  SET_CELL_HIGH_TEMPERATURE(0xDC, "set cell high-temperature parameters", true),
  CELL_HIGH_TEMPERATURE(0xDD, "cell high-temperature parameters", false),
  SET_CELL_LOW_TEMPERATURE(0xDE, "set cell low-temperature parameters", true),
  CELL_LOW_TEMPERATURE(0xDF, "cell low-temperature parameters", false),
  SET_MOSFET_HIGH_TEMPERATURE(0xE0, "set MOSFET high-temperature parameters", true),
  MOSFET_HIGH_TEMPERATURE(0xE1, "MOSFET high-temperature parameters", false),
  SET_DISCHARGE_OVER_CURRENT_2(0xE2, "set discharge over-current 2 parameters", true),
  DISCHARGE_OVER_CURRENT_2(0xE3, "discharge over-current 2 parameters", false),
  SET_SHORT_CIRCUIT_DELAY(0xE4, "set short-circuit delay", true),
  SHORT_CIRCUIT_DELAY(0xE5, "short-circuit delay", false),
  SET_AMBIENT_TEMPERATURE(0xE6, "set ambient temperature parameters", true),
  AMBIENT_TEMPERATURE(0xE7, "ambient temperature parameters", false),
  INVERTER_PROTOCOL(0xEB, "inverter protocol", false),
  SET_INVERTER_PROTOCOL(0xEC, "set inverter protocol", true),
  LIMITER_START_CURRENT(0xED, "current-limiter start current", false),
  SET_LIMITER_START_CURRENT(0xEE, "set current-limiter start current", true);

  private final int code;
  private final String description;
  private final boolean write;

  PaceCommand(int code, String description, boolean write) {
    this.code = code;
    this.description = description;
    this.write = write;
  }

  @Override
  public int code() {
    return code;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public boolean write() {
    return write;
  }

  /** The command with CID2 {@code code}, if documented. */
  public static Optional<PaceCommand> of(int code) {
    for (PaceCommand c : values()) {
      if (c.code == code) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
