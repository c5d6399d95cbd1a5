package io.solargw.protocol.bms.pylon;

import io.solargw.protocol.bms.pylon.internal.LittleEndian;
import io.solargw.protocol.bms.pylon.internal.Ranges;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 0x35F: battery information of V1.3 firmware (SMA/Victron dialect): capacity, plus fields whose
 * meaning the sources disagree on.
 *
 * <p>DLC 8, little-endian (bms.md 6.5). Bytes 4-5 = capacity in Ah: the one field OpenDTU
 * ("available capacity") and ArminJo ("capacity", for SMA) agree on. <b>UNCERTAIN</b>: bytes 0-1
 * (ArminJo: cell chemistry u16; the setfirelabs capture reads "LI"), bytes 2-3 (OpenDTU: firmware
 * major, minor; ArminJo: hardware version low, high byte), bytes 6-7 (ArminJo: software version).
 * Example {@code 4C 49 01 03 3C 02 AA 00} = "LI", 1.3, 572 Ah (setfirelabs). All 8 bytes are kept.
 *
 * @param chemistryBytes bytes 0-1 as a little-endian word (byte 0 is the first character)
 * @param versionMajor byte 2, 0..255
 * @param versionMinor byte 3, 0..255
 * @param capacityAmpereHours bytes 4-5, 0..65535 (Ah)
 * @param bytes6And7 bytes 6-7 as a little-endian word
 */
public record BatteryInfo(
    int chemistryBytes, int versionMajor, int versionMinor, int capacityAmpereHours, int bytes6And7)
    implements PylonCanMessage {

  /** The CAN id. */
  public static final int CAN_ID = 0x35F;

  /** Validates the wire ranges. */
  public BatteryInfo {
    Ranges.u16("chemistryBytes", chemistryBytes);
    Ranges.u8("versionMajor", versionMajor);
    Ranges.u8("versionMinor", versionMinor);
    Ranges.u16("capacityAmpereHours", capacityAmpereHours);
    Ranges.u16("bytes6And7", bytes6And7);
  }

  static BatteryInfo fromPayload(byte[] data) {
    return new BatteryInfo(
        LittleEndian.u16(data, 0),
        data[2] & 0xFF,
        data[3] & 0xFF,
        LittleEndian.u16(data, 4),
        LittleEndian.u16(data, 6));
  }

  /** Bytes 0-1 as two characters, e.g. {@code LI} (uncertain). */
  public String chemistry() {
    return new String(new char[] {(char) (chemistryBytes & 0xFF), (char) (chemistryBytes >>> 8)});
  }

  /** Bytes 2-3 as {@code major.minor}, e.g. {@code 1.3} (uncertain). */
  public String version() {
    return versionMajor + "." + versionMinor;
  }

  @Override
  public int canId() {
    return CAN_ID;
  }

  @Override
  public String kind() {
    return "battery_info";
  }

  @Override
  public byte[] payload() {
    byte[] data = new byte[8];
    LittleEndian.put16(data, 0, chemistryBytes);
    data[2] = (byte) versionMajor;
    data[3] = (byte) versionMinor;
    LittleEndian.put16(data, 4, capacityAmpereHours);
    LittleEndian.put16(data, 6, bytes6And7);
    return data;
  }

  @Override
  public Map<String, Object> jsonFields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("capacity_Ah", capacityAmpereHours);
    m.put("chemistry", chemistry());
    m.put("version", version());
    m.put("bytes_6_7_hex", String.format("%02X%02X", bytes6And7 & 0xFF, bytes6And7 >>> 8));
    m.put("uncertain_fields", List.of("chemistry", "version", "bytes_6_7_hex"));
    return m;
  }
}
