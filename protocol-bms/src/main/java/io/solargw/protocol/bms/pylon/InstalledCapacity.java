package io.solargw.protocol.bms.pylon;

import io.solargw.protocol.bms.pylon.internal.LittleEndian;
import io.solargw.protocol.bms.pylon.internal.Ranges;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 0x379: installed capacity of the bank in Ah (Victron dialect; ArminJo sends it for Luxpower).
 *
 * <p>Bytes 0-1 little-endian u16, Ah (bms.md 6.5, OpenDTU pytes/can). DLC 2 or more; ArminJo sends
 * 8 bytes whose bytes 2-7 are "Unknown1/2", so they are not decoded (they stay in the frame's raw
 * bytes) and the encoder sends them as zeros.
 *
 * @param capacityAmpereHours 0..65535 (Ah)
 */
public record InstalledCapacity(int capacityAmpereHours) implements PylonCanMessage {

  /** The CAN id. */
  public static final int CAN_ID = 0x379;

  /** Validates the wire range. */
  public InstalledCapacity {
    Ranges.u16("capacityAmpereHours", capacityAmpereHours);
  }

  static InstalledCapacity fromPayload(byte[] data) {
    return new InstalledCapacity(LittleEndian.u16(data, 0));
  }

  @Override
  public int canId() {
    return CAN_ID;
  }

  @Override
  public String kind() {
    return "installed_capacity";
  }

  @Override
  public byte[] payload() {
    byte[] data = new byte[8];
    LittleEndian.put16(data, 0, capacityAmpereHours);
    return data;
  }

  @Override
  public Map<String, Object> jsonFields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("installed_capacity_Ah", capacityAmpereHours);
    return m;
  }
}
