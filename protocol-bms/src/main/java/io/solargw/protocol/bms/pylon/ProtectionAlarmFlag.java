package io.solargw.protocol.bms.pylon;

import java.util.Optional;

/**
 * One flag of the 0x359 protection/alarm bit map (bms.md 6.3); {@link #code()} is the bit index in
 * the little-endian 32-bit word of data bytes 0-3 ({@code byte * 8 + bit}).
 *
 * <p>Bytes 0-1 are protections (the BMS acted), bytes 2-3 alarms (warnings). Sources: OpenDTU
 * pylontech Provider.cpp and ArminJo Pylontech_CAN.h. ArminJo's <em>sender</em> puts "system error"
 * in byte 1 bit 7 and "system warning" in byte 3 bit 7 ("found in software") instead of the
 * documented bit 3 ("found in documentation"); bms.md 6.3 says decoders may OR bit 7, so those two
 * flags also answer to that {@link #aliasCode()}. All other bits are reserved.
 */
public enum ProtectionAlarmFlag {
  /** Byte 0 bit 1. */
  CELL_OR_MODULE_OVER_VOLTAGE(1, -1, Level.PROTECTION, "cell_or_module_over_voltage"),
  /** Byte 0 bit 2. */
  CELL_OR_MODULE_UNDER_VOLTAGE(2, -1, Level.PROTECTION, "cell_or_module_under_voltage"),
  /** Byte 0 bit 3. */
  CELL_OVER_TEMPERATURE(3, -1, Level.PROTECTION, "cell_over_temperature"),
  /** Byte 0 bit 4. */
  CELL_UNDER_TEMPERATURE(4, -1, Level.PROTECTION, "cell_under_temperature"),
  /** Byte 0 bit 7. */
  DISCHARGE_OVER_CURRENT(7, -1, Level.PROTECTION, "discharge_over_current"),
  /** Byte 1 bit 0. */
  CHARGE_OVER_CURRENT(8, -1, Level.PROTECTION, "charge_over_current"),
  /** Byte 1 bit 3 (BMS internal error); ArminJo's sender uses byte 1 bit 7. */
  SYSTEM_ERROR(11, 15, Level.PROTECTION, "system_error"),
  /** Byte 2 bit 1. */
  CELL_OR_MODULE_HIGH_VOLTAGE(17, -1, Level.ALARM, "cell_or_module_high_voltage"),
  /** Byte 2 bit 2. */
  CELL_OR_MODULE_LOW_VOLTAGE(18, -1, Level.ALARM, "cell_or_module_low_voltage"),
  /** Byte 2 bit 3. */
  CELL_HIGH_TEMPERATURE(19, -1, Level.ALARM, "cell_high_temperature"),
  /** Byte 2 bit 4. */
  CELL_LOW_TEMPERATURE(20, -1, Level.ALARM, "cell_low_temperature"),
  /** Byte 2 bit 7. */
  DISCHARGE_HIGH_CURRENT(23, -1, Level.ALARM, "discharge_high_current"),
  /** Byte 3 bit 0. */
  CHARGE_HIGH_CURRENT(24, -1, Level.ALARM, "charge_high_current"),
  /** Byte 3 bit 3 (BMS internal); ArminJo's sender uses byte 3 bit 7 ("system warning"). */
  INTERNAL_COMMUNICATION_FAIL(27, 31, Level.ALARM, "internal_communication_fail");

  /** Whether the BMS protected (switched off) or only warns. */
  public enum Level {
    /** The BMS acted: bytes 0-1. */
    PROTECTION,
    /** Warning only: bytes 2-3. */
    ALARM
  }

  private final int code;
  private final int aliasCode;
  private final Level level;
  private final String jsonName;

  ProtectionAlarmFlag(int code, int aliasCode, Level level, String jsonName) {
    this.code = code;
    this.aliasCode = aliasCode;
    this.level = level;
    this.jsonName = jsonName;
  }

  /** Documented bit index in bytes 0-3 (byte * 8 + bit). */
  public int code() {
    return code;
  }

  /** Bit index of the bit-7 variant ArminJo's sender uses, or -1 if none. */
  public int aliasCode() {
    return aliasCode;
  }

  /** Protection or alarm. */
  public Level level() {
    return level;
  }

  /** Name in the published JSON lists, e.g. {@code cell_or_module_over_voltage}. */
  public String jsonName() {
    return jsonName;
  }

  /** Mask of the bits that set this flag (documented bit, and the alias if any). */
  public int mask() {
    return (1 << code) | (aliasCode < 0 ? 0 : 1 << aliasCode);
  }

  /** The flag whose documented or alias bit index is {@code bitIndex}. */
  public static Optional<ProtectionAlarmFlag> of(int bitIndex) {
    for (ProtectionAlarmFlag f : values()) {
      if (f.code == bitIndex || f.aliasCode == bitIndex) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
