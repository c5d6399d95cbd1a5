package io.solargw.protocol.bms.pylon;

import io.solargw.protocol.bms.pylon.internal.Ranges;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 0x35C: the battery's charge/discharge request flags.
 *
 * <p>DLC 2: byte 0 bit 7 charge enable, bit 6 discharge enable, bit 5 force charge request I
 * ("charge immediately", SOC-low band), bit 4 force charge request II, bit 3 full charge request,
 * bits 2-0 reserved; byte 1 is 0x00 (bms.md 6.4; same semantics as the RS485 0x92 status byte).
 * Typical: 0xC0 normal, 0x40 charge disabled, 0x80 discharge disabled, 0xE0 both + force charge I.
 * The published {@code force_charge} is request I <em>or</em> II, with {@code force_charge_1} and
 * {@code force_charge_2} alongside.
 *
 * @param requestBits byte 0, 0..255
 * @param secondByte byte 1, 0..255 (documented as 0x00)
 */
public record ChargeRequest(int requestBits, int secondByte) implements PylonCanMessage {

  /** The CAN id. */
  public static final int CAN_ID = 0x35C;

  /** Byte 0 bit 7. */
  public static final int CHARGE_ENABLE = 0x80;

  /** Byte 0 bit 6. */
  public static final int DISCHARGE_ENABLE = 0x40;

  /** Byte 0 bit 5. */
  public static final int FORCE_CHARGE_I = 0x20;

  /** Byte 0 bit 4. */
  public static final int FORCE_CHARGE_II = 0x10;

  /** Byte 0 bit 3. */
  public static final int FULL_CHARGE = 0x08;

  private static final int RESERVED = 0x07;

  /** Validates the wire ranges. */
  public ChargeRequest {
    Ranges.u8("requestBits", requestBits);
    Ranges.u8("secondByte", secondByte);
  }

  static ChargeRequest fromPayload(byte[] data) {
    return new ChargeRequest(data[0] & 0xFF, data[1] & 0xFF);
  }

  /** The battery accepts charge. */
  public boolean chargeEnable() {
    return (requestBits & CHARGE_ENABLE) != 0;
  }

  /** The battery allows discharge. */
  public boolean dischargeEnable() {
    return (requestBits & DISCHARGE_ENABLE) != 0;
  }

  /** Force charge request I (bit 5). */
  public boolean forceChargeI() {
    return (requestBits & FORCE_CHARGE_I) != 0;
  }

  /** Force charge request II (bit 4). */
  public boolean forceChargeII() {
    return (requestBits & FORCE_CHARGE_II) != 0;
  }

  /** Either force charge request. */
  public boolean forceCharge() {
    return forceChargeI() || forceChargeII();
  }

  /** Full charge request (bit 3). */
  public boolean fullCharge() {
    return (requestBits & FULL_CHARGE) != 0;
  }

  @Override
  public int canId() {
    return CAN_ID;
  }

  @Override
  public String kind() {
    return "charge_request";
  }

  @Override
  public byte[] payload() {
    return new byte[] {(byte) requestBits, (byte) secondByte};
  }

  @Override
  public Map<String, Object> jsonFields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("charge_enable", chargeEnable());
    m.put("discharge_enable", dischargeEnable());
    m.put("force_charge", forceCharge());
    m.put("force_charge_1", forceChargeI());
    m.put("force_charge_2", forceChargeII());
    m.put("full_charge", fullCharge());
    List<String> reserved = new ArrayList<>();
    for (int bit = 0; bit < 8; bit++) {
      if ((requestBits & RESERVED & 1 << bit) != 0) {
        reserved.add("byte0_bit" + bit);
      }
    }
    for (int bit = 0; bit < 8; bit++) {
      if ((secondByte & 1 << bit) != 0) {
        reserved.add("byte1_bit" + bit);
      }
    }
    if (!reserved.isEmpty()) {
      m.put("reserved_bits", reserved);
    }
    return m;
  }
}
