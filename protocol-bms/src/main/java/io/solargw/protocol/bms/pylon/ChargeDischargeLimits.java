package io.solargw.protocol.bms.pylon;

import io.solargw.protocol.bms.pylon.internal.LittleEndian;
import io.solargw.protocol.bms.pylon.internal.Ranges;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 0x351: the charge voltage limit, charge and discharge current limits and discharge voltage limit
 * the battery asks the inverter to respect.
 *
 * <p>DLC 8, little-endian: bytes 0-1 CVL u16 0.1 V; 2-3 CCL s16 0.1 A; 4-5 DCL s16 0.1 A; 6-7
 * discharge voltage u16 0.1 V (bms.md 6.2). Real batteries send the DCL as a positive magnitude
 * (0x12C0 = 480.0 A, setfirelabs) while ArminJo's sender comments a negative range, so the DCL is
 * decoded as signed and published as its magnitude.
 *
 * @param chargeVoltageDecivolts CVL, 0..65535 (0.1 V)
 * @param chargeCurrentLimitDeciamps CCL, -32768..32767 (0.1 A)
 * @param dischargeCurrentLimitDeciamps DCL as sent, -32768..32767 (0.1 A)
 * @param dischargeVoltageDecivolts discharge voltage limit, 0..65535 (0.1 V)
 */
public record ChargeDischargeLimits(
    int chargeVoltageDecivolts,
    int chargeCurrentLimitDeciamps,
    int dischargeCurrentLimitDeciamps,
    int dischargeVoltageDecivolts)
    implements PylonCanMessage {

  /** The CAN id. */
  public static final int CAN_ID = 0x351;

  /** Validates the wire ranges. */
  public ChargeDischargeLimits {
    Ranges.u16("chargeVoltageDecivolts", chargeVoltageDecivolts);
    Ranges.s16("chargeCurrentLimitDeciamps", chargeCurrentLimitDeciamps);
    Ranges.s16("dischargeCurrentLimitDeciamps", dischargeCurrentLimitDeciamps);
    Ranges.u16("dischargeVoltageDecivolts", dischargeVoltageDecivolts);
  }

  static ChargeDischargeLimits fromPayload(byte[] data) {
    return new ChargeDischargeLimits(
        LittleEndian.u16(data, 0),
        LittleEndian.s16(data, 2),
        LittleEndian.s16(data, 4),
        LittleEndian.u16(data, 6));
  }

  /** Charge voltage limit in volts, e.g. 53.2. */
  public BigDecimal chargeVoltageVolts() {
    return BigDecimal.valueOf(chargeVoltageDecivolts, 1);
  }

  /** Charge current limit in amperes. */
  public BigDecimal chargeCurrentLimitAmperes() {
    return BigDecimal.valueOf(chargeCurrentLimitDeciamps, 1);
  }

  /** Discharge current limit in amperes, as a magnitude (the sign on the wire varies). */
  public BigDecimal dischargeCurrentLimitAmperes() {
    return BigDecimal.valueOf(Math.abs(dischargeCurrentLimitDeciamps), 1);
  }

  /** Discharge voltage limit in volts. */
  public BigDecimal dischargeVoltageVolts() {
    return BigDecimal.valueOf(dischargeVoltageDecivolts, 1);
  }

  @Override
  public int canId() {
    return CAN_ID;
  }

  @Override
  public String kind() {
    return "charge_discharge_limits";
  }

  @Override
  public byte[] payload() {
    return LittleEndian.words(
        chargeVoltageDecivolts,
        chargeCurrentLimitDeciamps,
        dischargeCurrentLimitDeciamps,
        dischargeVoltageDecivolts);
  }

  @Override
  public Map<String, Object> jsonFields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("charge_voltage_V", chargeVoltageVolts());
    m.put("charge_current_limit_A", chargeCurrentLimitAmperes());
    m.put("discharge_current_limit_A", dischargeCurrentLimitAmperes());
    m.put("discharge_voltage_V", dischargeVoltageVolts());
    return m;
  }
}
