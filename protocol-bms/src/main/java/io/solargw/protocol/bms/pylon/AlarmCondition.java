package io.solargw.protocol.bms.pylon;

import java.util.Optional;

/**
 * One condition of the 0x35A alarm/warning words (Pylontech V1.3 / SMA-Victron dialect, bms.md
 * 6.5); {@link #code()} is the bit index, in the little-endian 32-bit word, of the bit OpenDTU
 * tests.
 *
 * <p>Each condition has two bits; OpenDTU (pytes/can Provider.cpp) tests the lower bit of each
 * pair, and this table follows it. Which of 01b / 10b means "active" is <b>UNCERTAIN</b> (a TinyBMS
 * note uses 10b for the general alarm), so decoders keep the raw bytes. Bits 0-1 of byte 0 (the SMA
 * "general" pair) and the unnamed pairs are not decoded by OpenDTU and not here. The same table
 * applies to the alarm word (bytes 0-3) and the warning word (bytes 4-7).
 */
public enum AlarmCondition {
  /** Byte 0 bit 2. */
  OVER_VOLTAGE(2, "over_voltage"),
  /** Byte 0 bit 4. */
  UNDER_VOLTAGE(4, "under_voltage"),
  /** Byte 0 bit 6. */
  OVER_TEMPERATURE(6, "over_temperature"),
  /** Byte 1 bit 0. */
  UNDER_TEMPERATURE(8, "under_temperature"),
  /** Byte 1 bit 2. */
  CHARGE_OVER_TEMPERATURE(10, "charge_over_temperature"),
  /** Byte 1 bit 4. */
  CHARGE_UNDER_TEMPERATURE(12, "charge_under_temperature"),
  /** Byte 1 bit 6. */
  DISCHARGE_OVER_CURRENT(14, "discharge_over_current"),
  /** Byte 2 bit 0. */
  CHARGE_OVER_CURRENT(16, "charge_over_current"),
  /** Byte 2 bit 6. */
  INTERNAL_FAILURE(22, "internal_failure"),
  /** Byte 3 bit 0. */
  CELL_IMBALANCE(24, "cell_imbalance");

  private final int code;
  private final String jsonName;

  AlarmCondition(int code, String jsonName) {
    this.code = code;
    this.jsonName = jsonName;
  }

  /** Bit index (byte * 8 + bit) of the lower bit of the pair, within its 32-bit word. */
  public int code() {
    return code;
  }

  /** Name in the published JSON lists, e.g. {@code over_voltage}. */
  public String jsonName() {
    return jsonName;
  }

  /** The condition whose tested bit is {@code bitIndex}. */
  public static Optional<AlarmCondition> of(int bitIndex) {
    for (AlarmCondition c : values()) {
      if (c.code == bitIndex) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
