package io.solargw.protocol.bms.pylon;

import io.solargw.protocol.bms.pylon.internal.LittleEndian;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 0x35A: alarms and warnings, two bits per condition (V1.3 firmware, SMA/Victron dialect).
 *
 * <p>DLC 8: bytes 0-3 alarms, bytes 4-7 warnings, each a little-endian 32-bit word laid out as in
 * {@link AlarmCondition} (bms.md 6.5, OpenDTU pytes/can). The 2-bit encoding is <b>UNCERTAIN</b>;
 * this record keeps both words whole, so nothing is lost whichever reading turns out right.
 *
 * @param alarmBits data bytes 0-3 as a little-endian 32-bit word
 * @param warningBits data bytes 4-7 as a little-endian 32-bit word
 */
public record AlarmsWarnings(int alarmBits, int warningBits) implements PylonCanMessage {

  /** The CAN id. */
  public static final int CAN_ID = 0x35A;

  static AlarmsWarnings fromPayload(byte[] data) {
    return new AlarmsWarnings(LittleEndian.bits32(data, 0), LittleEndian.bits32(data, 4));
  }

  /** Alarm conditions whose tested (lower) bit is set, as OpenDTU reads them. */
  public Set<AlarmCondition> alarms() {
    return conditions(alarmBits);
  }

  /** Warning conditions whose tested (lower) bit is set, as OpenDTU reads them. */
  public Set<AlarmCondition> warnings() {
    return conditions(warningBits);
  }

  @Override
  public int canId() {
    return CAN_ID;
  }

  @Override
  public String kind() {
    return "alarms_warnings";
  }

  @Override
  public byte[] payload() {
    byte[] data = new byte[8];
    LittleEndian.put32(data, 0, alarmBits);
    LittleEndian.put32(data, 4, warningBits);
    return data;
  }

  @Override
  public Map<String, Object> jsonFields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("alarms", names(alarms()));
    m.put("warnings", names(warnings()));
    m.put("uncertain_fields", List.of("alarms", "warnings"));
    return m;
  }

  private static Set<AlarmCondition> conditions(int bits) {
    Set<AlarmCondition> set = EnumSet.noneOf(AlarmCondition.class);
    for (AlarmCondition c : AlarmCondition.values()) {
      if ((bits & 1 << c.code()) != 0) {
        set.add(c);
      }
    }
    return set;
  }

  private static List<String> names(Set<AlarmCondition> set) {
    List<String> out = new ArrayList<>();
    set.forEach(c -> out.add(c.jsonName()));
    return out;
  }
}
