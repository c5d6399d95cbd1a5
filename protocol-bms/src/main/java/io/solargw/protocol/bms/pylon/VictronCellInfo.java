package io.solargw.protocol.bms.pylon;

import io.solargw.protocol.bms.pylon.internal.LittleEndian;
import io.solargw.protocol.bms.pylon.internal.Ranges;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 0x373: lowest and highest cell voltage and cell temperature (Victron dialect "CellInfo").
 *
 * <p>DLC 8, four little-endian u16: bytes 0-1 min cell voltage mV; 2-3 max cell voltage mV; 4-5 min
 * cell temperature K; 6-7 max cell temperature K (bms.md 6.5, OpenDTU pytes/can). The Celsius
 * values published alongside subtract 273.15 (OpenDTU subtracts 273).
 *
 * @param minCellMillivolts 0..65535 (mV)
 * @param maxCellMillivolts 0..65535 (mV)
 * @param minTemperatureKelvin 0..65535 (K)
 * @param maxTemperatureKelvin 0..65535 (K)
 */
public record VictronCellInfo(
    int minCellMillivolts,
    int maxCellMillivolts,
    int minTemperatureKelvin,
    int maxTemperatureKelvin)
    implements PylonCanMessage {

  /** The CAN id. */
  public static final int CAN_ID = 0x373;

  private static final BigDecimal ZERO_CELSIUS_IN_KELVIN = new BigDecimal("273.15");

  /** Validates the wire ranges. */
  public VictronCellInfo {
    Ranges.u16("minCellMillivolts", minCellMillivolts);
    Ranges.u16("maxCellMillivolts", maxCellMillivolts);
    Ranges.u16("minTemperatureKelvin", minTemperatureKelvin);
    Ranges.u16("maxTemperatureKelvin", maxTemperatureKelvin);
  }

  static VictronCellInfo fromPayload(byte[] data) {
    return new VictronCellInfo(
        LittleEndian.u16(data, 0),
        LittleEndian.u16(data, 2),
        LittleEndian.u16(data, 4),
        LittleEndian.u16(data, 6));
  }

  @Override
  public int canId() {
    return CAN_ID;
  }

  @Override
  public String kind() {
    return "cell_info";
  }

  @Override
  public byte[] payload() {
    return LittleEndian.words(
        minCellMillivolts, maxCellMillivolts, minTemperatureKelvin, maxTemperatureKelvin);
  }

  @Override
  public Map<String, Object> jsonFields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cell_voltage_min_mV", minCellMillivolts);
    m.put("cell_voltage_max_mV", maxCellMillivolts);
    m.put("cell_temperature_min_K", minTemperatureKelvin);
    m.put("cell_temperature_max_K", maxTemperatureKelvin);
    m.put("cell_temperature_min_C", celsius(minTemperatureKelvin));
    m.put("cell_temperature_max_C", celsius(maxTemperatureKelvin));
    return m;
  }

  private static BigDecimal celsius(int kelvin) {
    return BigDecimal.valueOf(kelvin).subtract(ZERO_CELSIUS_IN_KELVIN);
  }
}
