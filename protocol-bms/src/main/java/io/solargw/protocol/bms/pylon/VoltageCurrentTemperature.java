package io.solargw.protocol.bms.pylon;

import io.solargw.protocol.bms.pylon.internal.LittleEndian;
import io.solargw.protocol.bms.pylon.internal.Ranges;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 0x356: battery (stack) voltage, current and temperature.
 *
 * <p>DLC 6, little-endian: bytes 0-1 voltage s16 0.01 V; 2-3 current s16 0.1 A, positive =
 * charging; 4-5 temperature s16 0.1 °C (bms.md 6.2).
 *
 * @param voltageCentivolts -32768..32767 (0.01 V)
 * @param currentDeciamps -32768..32767 (0.1 A, + = charge)
 * @param temperatureDecidegreesCelsius -32768..32767 (0.1 °C)
 */
public record VoltageCurrentTemperature(
    int voltageCentivolts, int currentDeciamps, int temperatureDecidegreesCelsius)
    implements PylonCanMessage {

  /** The CAN id. */
  public static final int CAN_ID = 0x356;

  /** Validates the wire ranges. */
  public VoltageCurrentTemperature {
    Ranges.s16("voltageCentivolts", voltageCentivolts);
    Ranges.s16("currentDeciamps", currentDeciamps);
    Ranges.s16("temperatureDecidegreesCelsius", temperatureDecidegreesCelsius);
  }

  static VoltageCurrentTemperature fromPayload(byte[] data) {
    return new VoltageCurrentTemperature(
        LittleEndian.s16(data, 0), LittleEndian.s16(data, 2), LittleEndian.s16(data, 4));
  }

  /** Voltage in volts, e.g. 49.87. */
  public BigDecimal voltageVolts() {
    return BigDecimal.valueOf(voltageCentivolts, 2);
  }

  /** Current in amperes, positive while charging. */
  public BigDecimal currentAmperes() {
    return BigDecimal.valueOf(currentDeciamps, 1);
  }

  /** Temperature in degrees Celsius. */
  public BigDecimal temperatureCelsius() {
    return BigDecimal.valueOf(temperatureDecidegreesCelsius, 1);
  }

  @Override
  public int canId() {
    return CAN_ID;
  }

  @Override
  public String kind() {
    return "voltage_current_temperature";
  }

  @Override
  public byte[] payload() {
    byte[] data = new byte[6];
    LittleEndian.put16(data, 0, voltageCentivolts);
    LittleEndian.put16(data, 2, currentDeciamps);
    LittleEndian.put16(data, 4, temperatureDecidegreesCelsius);
    return data;
  }

  @Override
  public Map<String, Object> jsonFields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("voltage_V", voltageVolts());
    m.put("current_A", currentAmperes());
    m.put("temperature_C", temperatureCelsius());
    return m;
  }
}
