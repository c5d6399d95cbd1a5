package io.solargw.protocol.bms.pylon;

import io.solargw.protocol.bms.pylon.internal.LittleEndian;
import io.solargw.protocol.bms.pylon.internal.Ranges;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 0x378: lifetime charged and discharged energy (Victron dialect history frame).
 *
 * <p>DLC 8, two little-endian u32: bytes 0-3 charged, 4-7 discharged energy. OpenDTU multiplies by
 * 0.1; the unit is presumably kWh, so one count is 0.1 kWh = 1 hWh. The unit is <b>UNCERTAIN</b>
 * (bms.md 6.5).
 *
 * @param chargedEnergyHectowattHours 0..4294967295 (0.1 kWh, uncertain)
 * @param dischargedEnergyHectowattHours 0..4294967295 (0.1 kWh, uncertain)
 */
public record EnergyCounters(long chargedEnergyHectowattHours, long dischargedEnergyHectowattHours)
    implements PylonCanMessage {

  /** The CAN id. */
  public static final int CAN_ID = 0x378;

  /** Validates the wire ranges. */
  public EnergyCounters {
    Ranges.u32("chargedEnergyHectowattHours", chargedEnergyHectowattHours);
    Ranges.u32("dischargedEnergyHectowattHours", dischargedEnergyHectowattHours);
  }

  static EnergyCounters fromPayload(byte[] data) {
    return new EnergyCounters(LittleEndian.u32(data, 0), LittleEndian.u32(data, 4));
  }

  @Override
  public int canId() {
    return CAN_ID;
  }

  @Override
  public String kind() {
    return "energy_counters";
  }

  @Override
  public byte[] payload() {
    byte[] data = new byte[8];
    LittleEndian.put32(data, 0, chargedEnergyHectowattHours);
    LittleEndian.put32(data, 4, dischargedEnergyHectowattHours);
    return data;
  }

  @Override
  public Map<String, Object> jsonFields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("charged_energy_kWh", BigDecimal.valueOf(chargedEnergyHectowattHours, 1));
    m.put("discharged_energy_kWh", BigDecimal.valueOf(dischargedEnergyHectowattHours, 1));
    m.put("uncertain_fields", List.of("charged_energy_kWh", "discharged_energy_kWh"));
    return m;
  }
}
