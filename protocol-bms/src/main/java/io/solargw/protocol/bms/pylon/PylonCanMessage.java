package io.solargw.protocol.bms.pylon;

import java.util.Map;

/**
 * A decoded Pylontech-compatible CAN message (battery to inverter, plus the inverter's 0x305
 * keep-alive): one record per frame id of bms.md section 6, and {@link UnknownCanMessage} for any
 * other frame.
 *
 * <p>Records keep the wire integers (little-endian fields, bms.md 6.1) and offer the scaled values
 * as exact {@link java.math.BigDecimal}s. {@link #payload()} encodes the record back into the data
 * bytes of its documented layout, so {@code PylonCanCodec.decode(m.toFrame())} equals {@code m}.
 */
public sealed interface PylonCanMessage
    permits ChargeDischargeLimits,
        StateOfChargeHealth,
        VoltageCurrentTemperature,
        ProtectionAlarmFlags,
        ChargeRequest,
        ManufacturerName,
        InverterKeepAlive,
        AlarmsWarnings,
        BatteryInfo,
        CellExtremes,
        CellExtremeIds,
        ModuleCounts,
        VictronCellInfo,
        CellName,
        EnergyCounters,
        InstalledCapacity,
        SerialNumberPart,
        UnknownCanMessage {

  /** The CAN identifier this message is sent with, e.g. 0x351. */
  int canId();

  /** Short snake_case name of the message kind, e.g. {@code charge_discharge_limits}. */
  String kind();

  /** The data bytes of this message in its documented layout. */
  byte[] payload();

  /**
   * The decoded fields with the JSON names the gateway publishes ({@code charge_voltage_V}, ...),
   * in a fixed order; values are {@code BigDecimal}, {@code Integer}, {@code Long}, {@code
   * Boolean}, {@code String} or lists of those. Does not include {@code can_id}, {@code kind} or
   * {@code raw}: see {@link PylonCanJson}.
   */
  Map<String, Object> jsonFields();

  /** This message as a standard (11-bit) data frame. */
  default CanFrame toFrame() {
    return CanFrame.standard(canId(), payload());
  }
}
