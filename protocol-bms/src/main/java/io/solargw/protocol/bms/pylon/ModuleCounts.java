package io.solargw.protocol.bms.pylon;

import io.solargw.protocol.bms.pylon.internal.LittleEndian;
import io.solargw.protocol.bms.pylon.internal.Ranges;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 0x372: module (pack) counts of the bank (Victron dialect "BankInfo").
 *
 * <p>DLC 8, four little-endian u16: bytes 0-1 modules online; 2-3 modules blocking charge; 4-5
 * modules blocking discharge; 6-7 modules offline (bms.md 6.5, OpenDTU pytes/can).
 *
 * @param online 0..65535
 * @param blockingCharge 0..65535
 * @param blockingDischarge 0..65535
 * @param offline 0..65535
 */
public record ModuleCounts(int online, int blockingCharge, int blockingDischarge, int offline)
    implements PylonCanMessage {

  /** The CAN id. */
  public static final int CAN_ID = 0x372;

  /** Validates the wire ranges. */
  public ModuleCounts {
    Ranges.u16("online", online);
    Ranges.u16("blockingCharge", blockingCharge);
    Ranges.u16("blockingDischarge", blockingDischarge);
    Ranges.u16("offline", offline);
  }

  static ModuleCounts fromPayload(byte[] data) {
    return new ModuleCounts(
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
    return "module_counts";
  }

  @Override
  public byte[] payload() {
    return LittleEndian.words(online, blockingCharge, blockingDischarge, offline);
  }

  @Override
  public Map<String, Object> jsonFields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("modules_online", online);
    m.put("modules_blocking_charge", blockingCharge);
    m.put("modules_blocking_discharge", blockingDischarge);
    m.put("modules_offline", offline);
    return m;
  }
}
