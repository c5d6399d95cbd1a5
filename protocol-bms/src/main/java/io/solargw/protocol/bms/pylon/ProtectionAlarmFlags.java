package io.solargw.protocol.bms.pylon;

import io.solargw.protocol.bms.pylon.internal.LittleEndian;
import io.solargw.protocol.bms.pylon.internal.Ranges;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 0x359: protection and alarm flags, module count and the "PN" marker (Pylontech V1.2 set).
 *
 * <p>DLC 7: bytes 0-3 flags (bit map in {@link ProtectionAlarmFlag}, bms.md 6.3); byte 4 module
 * (pack) count u8; bytes 5-6 the constant 0x50 0x4E "PN" (Pytes sends "PY"), reported as sent.
 * Newer V1.3 firmware replaces this frame with 0x35A (bms.md 6.5).
 *
 * @param flagBits data bytes 0-3 as a little-endian 32-bit word
 * @param moduleCount byte 4, 0..255
 * @param markerBytes bytes 5-6 as a little-endian 16-bit word (byte 5 is the first character)
 */
public record ProtectionAlarmFlags(int flagBits, int moduleCount, int markerBytes)
    implements PylonCanMessage {

  /** The CAN id. */
  public static final int CAN_ID = 0x359;

  /** The marker Pylontech batteries send in bytes 5-6: 'P' 'N'. */
  public static final int PYLON_MARKER = 'P' | 'N' << 8;

  private static final int KNOWN_BITS = knownBits();

  /** Validates the wire ranges. */
  public ProtectionAlarmFlags {
    Ranges.u8("moduleCount", moduleCount);
    Ranges.u16("markerBytes", markerBytes);
  }

  static ProtectionAlarmFlags fromPayload(byte[] data) {
    return new ProtectionAlarmFlags(
        LittleEndian.bits32(data, 0), data[4] & 0xFF, LittleEndian.u16(data, 5));
  }

  /** Every flag whose documented (or bit-7 alias) bit is set. */
  public Set<ProtectionAlarmFlag> active() {
    Set<ProtectionAlarmFlag> set = EnumSet.noneOf(ProtectionAlarmFlag.class);
    for (ProtectionAlarmFlag f : ProtectionAlarmFlag.values()) {
      if ((flagBits & f.mask()) != 0) {
        set.add(f);
      }
    }
    return set;
  }

  /** Set bits of bytes 0-3 that no source gives a meaning (bit index = byte * 8 + bit). */
  public int reservedBits() {
    return flagBits & ~KNOWN_BITS;
  }

  /** Bytes 5-6 as two characters, normally {@code PN}. */
  public String marker() {
    return new String(new char[] {(char) (markerBytes & 0xFF), (char) (markerBytes >>> 8)});
  }

  @Override
  public int canId() {
    return CAN_ID;
  }

  @Override
  public String kind() {
    return "protection_alarm_flags";
  }

  @Override
  public byte[] payload() {
    byte[] data = new byte[7];
    LittleEndian.put32(data, 0, flagBits);
    data[4] = (byte) moduleCount;
    LittleEndian.put16(data, 5, markerBytes);
    return data;
  }

  @Override
  public Map<String, Object> jsonFields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("protections", names(ProtectionAlarmFlag.Level.PROTECTION));
    m.put("alarms", names(ProtectionAlarmFlag.Level.ALARM));
    m.put("module_count", moduleCount);
    m.put("marker", marker());
    int reserved = reservedBits();
    if (reserved != 0) {
      List<String> bits = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        if ((reserved & 1 << i) != 0) {
          bits.add("byte" + i / 8 + "_bit" + i % 8);
        }
      }
      m.put("reserved_bits", bits);
    }
    return m;
  }

  private List<String> names(ProtectionAlarmFlag.Level level) {
    List<String> out = new ArrayList<>();
    for (ProtectionAlarmFlag f : active()) {
      if (f.level() == level) {
        out.add(f.jsonName());
      }
    }
    return out;
  }

  private static int knownBits() {
    int mask = 0;
    for (ProtectionAlarmFlag f : ProtectionAlarmFlag.values()) {
      mask |= f.mask();
    }
    return mask;
  }
}
