package io.solargw.protocol.bms.pylon;

import io.solargw.protocol.bms.pylon.internal.LittleEndian;
import io.solargw.protocol.bms.pylon.internal.Ranges;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 0x370: lowest and highest cell temperature and cell voltage (Shoto/Deye/Pylon extension).
 *
 * <p>DLC 8, little-endian (bms.md 6.5, mikaabra PROTOCOL_REFERENCE): bytes 0-1 min cell temperature
 * 0.1 °C; 2-3 max cell temperature 0.1 °C; 4-5 min cell voltage mV; 6-7 max cell voltage mV.
 * Temperatures are read as signed (cells go below 0 °C; mikaabra reads unsigned). <b>UNCERTAIN</b>:
 * which of each pair is the minimum: mikaabra calls bytes 0-1 "Min Cell Temp or Temp1" and its
 * firmware sorts each pair; ai-republic reads max first (but big-endian, not trusted, bms.md 6.5).
 *
 * @param minTemperatureDecidegreesCelsius bytes 0-1, -32768..32767 (0.1 °C)
 * @param maxTemperatureDecidegreesCelsius bytes 2-3, -32768..32767 (0.1 °C)
 * @param minCellMillivolts bytes 4-5, 0..65535 (mV)
 * @param maxCellMillivolts bytes 6-7, 0..65535 (mV)
 */
public record CellExtremes(
    int minTemperatureDecidegreesCelsius,
    int maxTemperatureDecidegreesCelsius,
    int minCellMillivolts,
    int maxCellMillivolts)
    implements PylonCanMessage {

  /** The CAN id. */
  public static final int CAN_ID = 0x370;

  /** Validates the wire ranges. */
  public CellExtremes {
    Ranges.s16("minTemperatureDecidegreesCelsius", minTemperatureDecidegreesCelsius);
    Ranges.s16("maxTemperatureDecidegreesCelsius", maxTemperatureDecidegreesCelsius);
    Ranges.u16("minCellMillivolts", minCellMillivolts);
    Ranges.u16("maxCellMillivolts", maxCellMillivolts);
  }

  static CellExtremes fromPayload(byte[] data) {
    return new CellExtremes(
        LittleEndian.s16(data, 0),
        LittleEndian.s16(data, 2),
        LittleEndian.u16(data, 4),
        LittleEndian.u16(data, 6));
  }

  @Override
  public int canId() {
    return CAN_ID;
  }

  @Override
  public String kind() {
    return "cell_extremes";
  }

  @Override
  public byte[] payload() {
    return LittleEndian.words(
        minTemperatureDecidegreesCelsius,
        maxTemperatureDecidegreesCelsius,
        minCellMillivolts,
        maxCellMillivolts);
  }

  @Override
  public Map<String, Object> jsonFields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cell_temperature_min_C", BigDecimal.valueOf(minTemperatureDecidegreesCelsius, 1));
    m.put("cell_temperature_max_C", BigDecimal.valueOf(maxTemperatureDecidegreesCelsius, 1));
    m.put("cell_voltage_min_mV", minCellMillivolts);
    m.put("cell_voltage_max_mV", maxCellMillivolts);
    m.put(
        "uncertain_fields",
        List.of(
            "cell_temperature_min_C",
            "cell_temperature_max_C",
            "cell_voltage_min_mV",
            "cell_voltage_max_mV"));
    return m;
  }
}
