package io.solargw.protocol.bms.pylon;

import io.solargw.protocol.bms.BmsProtocolException;
import java.util.Optional;
import java.util.function.Function;

/**
 * The 11-bit CAN ids this module decodes (bms.md 6.2 and 6.5), with the fewest data bytes each
 * layout needs; {@link #code()} is the id.
 *
 * <p>Frames longer than the layout are accepted (the extra bytes stay in the frame); shorter ones
 * are a {@link BmsProtocolException.Reason#LENGTH} error. Ids not listed here (0x307 has no source)
 * decode to {@link UnknownCanMessage}.
 */
public enum PylonCanId {
  /** 0x305, inverter to battery, any DLC. */
  INVERTER_KEEP_ALIVE(0x305, 0, "inverter keep-alive", InverterKeepAlive::fromPayload),
  /** 0x351, DLC 8. */
  CHARGE_DISCHARGE_LIMITS(0x351, 8, "charge/discharge limits", ChargeDischargeLimits::fromPayload),
  /** 0x355, DLC 4, 6 or 8. */
  SOC_SOH(0x355, 4, "SOC/SOH", StateOfChargeHealth::fromPayload),
  /** 0x356, DLC 6. */
  VOLTAGE_CURRENT_TEMPERATURE(
      0x356, 6, "voltage/current/temperature", VoltageCurrentTemperature::fromPayload),
  /** 0x359, DLC 7. */
  PROTECTION_ALARM_FLAGS(0x359, 7, "protection/alarm flags", ProtectionAlarmFlags::fromPayload),
  /** 0x35A, DLC 8. */
  ALARMS_WARNINGS(0x35A, 8, "alarms/warnings", AlarmsWarnings::fromPayload),
  /** 0x35C, DLC 2. */
  CHARGE_REQUEST(0x35C, 2, "charge request flags", ChargeRequest::fromPayload),
  /** 0x35E, DLC 1..8. */
  MANUFACTURER_NAME(0x35E, 1, "manufacturer name", ManufacturerName::fromPayload),
  /** 0x35F, DLC 8. */
  BATTERY_INFO(0x35F, 8, "battery info", BatteryInfo::fromPayload),
  /** 0x370, DLC 8. */
  CELL_EXTREMES(0x370, 8, "cell extremes", CellExtremes::fromPayload),
  /** 0x371, DLC 8. */
  CELL_EXTREME_IDS(0x371, 8, "cell extreme ids", CellExtremeIds::fromPayload),
  /** 0x372, DLC 8. */
  MODULE_COUNTS(0x372, 8, "module counts", ModuleCounts::fromPayload),
  /** 0x373, DLC 8. */
  CELL_INFO(0x373, 8, "cell info", VictronCellInfo::fromPayload),
  /** 0x374, DLC 1..8. */
  MIN_CELL_VOLTAGE_NAME(
      0x374,
      1,
      "min cell voltage name",
      d -> CellName.fromPayload(CellNameRole.MIN_CELL_VOLTAGE, d)),
  /** 0x375, DLC 1..8. */
  MAX_CELL_VOLTAGE_NAME(
      0x375,
      1,
      "max cell voltage name",
      d -> CellName.fromPayload(CellNameRole.MAX_CELL_VOLTAGE, d)),
  /** 0x376, DLC 1..8. */
  MIN_CELL_TEMPERATURE_NAME(
      0x376,
      1,
      "min cell temperature name",
      d -> CellName.fromPayload(CellNameRole.MIN_CELL_TEMPERATURE, d)),
  /** 0x377, DLC 1..8. */
  MAX_CELL_TEMPERATURE_NAME(
      0x377,
      1,
      "max cell temperature name",
      d -> CellName.fromPayload(CellNameRole.MAX_CELL_TEMPERATURE, d)),
  /** 0x378, DLC 8. */
  ENERGY_COUNTERS(0x378, 8, "energy counters", EnergyCounters::fromPayload),
  /** 0x379, DLC 2 or more. */
  INSTALLED_CAPACITY(0x379, 2, "installed capacity", InstalledCapacity::fromPayload),
  /** 0x380, DLC 1..8. */
  SERIAL_NUMBER_PART_1(0x380, 1, "serial number part 1", d -> SerialNumberPart.fromPayload(1, d)),
  /** 0x381, DLC 1..8. */
  SERIAL_NUMBER_PART_2(0x381, 1, "serial number part 2", d -> SerialNumberPart.fromPayload(2, d));

  private final int code;
  private final int minimumDlc;
  private final String description;
  private final Function<byte[], PylonCanMessage> layout;

  PylonCanId(
      int code, int minimumDlc, String description, Function<byte[], PylonCanMessage> layout) {
    this.code = code;
    this.minimumDlc = minimumDlc;
    this.description = description;
    this.layout = layout;
  }

  /** The 11-bit CAN id. */
  public int code() {
    return code;
  }

  /** Fewest data bytes the layout needs. */
  public int minimumDlc() {
    return minimumDlc;
  }

  /** Human name used in error messages, e.g. {@code charge/discharge limits}. */
  public String description() {
    return description;
  }

  /** The id whose code is {@code canId}. */
  public static Optional<PylonCanId> of(int canId) {
    for (PylonCanId id : values()) {
      if (id.code == canId) {
        return Optional.of(id);
      }
    }
    return Optional.empty();
  }

  /**
   * Decodes a data frame carrying this id.
   *
   * @throws BmsProtocolException {@code LENGTH} at offset = the frame's DLC when it has fewer bytes
   *     than {@link #minimumDlc()}
   */
  PylonCanMessage decode(CanFrame frame) throws BmsProtocolException {
    if (frame.dlc() < minimumDlc) {
      throw new BmsProtocolException(
          BmsProtocolException.Reason.LENGTH,
          frame.dlc(),
          String.format(
              "CAN id 0x%03X (%s) needs at least %d data bytes, frame has DLC %d",
              code, description, minimumDlc, frame.dlc()),
          frame.data());
    }
    return layout.apply(frame.data());
  }
}
