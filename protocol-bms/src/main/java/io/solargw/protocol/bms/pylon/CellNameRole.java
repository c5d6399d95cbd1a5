package io.solargw.protocol.bms.pylon;

import java.util.Optional;

/**
 * Which extreme cell a 0x374-0x377 name frame names (Victron dialect, bms.md 6.5, OpenDTU
 * pytes/can); {@link #code()} is the CAN id.
 */
public enum CellNameRole {
  /** 0x374: the cell with the lowest voltage. */
  MIN_CELL_VOLTAGE(0x374, "min_cell_voltage"),
  /** 0x375: the cell with the highest voltage. */
  MAX_CELL_VOLTAGE(0x375, "max_cell_voltage"),
  /** 0x376: the cell with the lowest temperature. */
  MIN_CELL_TEMPERATURE(0x376, "min_cell_temperature"),
  /** 0x377: the cell with the highest temperature. */
  MAX_CELL_TEMPERATURE(0x377, "max_cell_temperature");

  private final int code;
  private final String jsonName;

  CellNameRole(int code, String jsonName) {
    this.code = code;
    this.jsonName = jsonName;
  }

  /** The CAN id. */
  public int code() {
    return code;
  }

  /** The published {@code role} value. */
  public String jsonName() {
    return jsonName;
  }

  /** The role sent with CAN id {@code canId}. */
  public static Optional<CellNameRole> of(int canId) {
    for (CellNameRole r : values()) {
      if (r.code == canId) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
