package io.solargw.protocol.bms.pylon;

import io.solargw.protocol.bms.pylon.internal.LittleEndian;
import io.solargw.protocol.bms.pylon.internal.Ranges;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * 0x355: state of charge and state of health, with the high-resolution SOC of the 6-byte form.
 *
 * <p>DLC 4 (V1.2), 6 (V1.3) or 8, little-endian: bytes 0-1 SOC u16 1 %; 2-3 SOH u16 1 %; 4-5 (6-
 * and 8-byte forms only) high-resolution SOC u16 0.01 % (bms.md 6.2). Bytes 4-5 are
 * <b>UNCERTAIN</b>: ArminJo names them "SOCHighDefinition100PPM" for SMA, but the setfirelabs V1.3
 * capture (vector C13, SOC 84 %) carries 0 there. Bytes 6-7 of the 8-byte form have no documented
 * meaning and are not decoded (they stay in the frame's raw bytes).
 *
 * @param socPercent state of charge, 0..65535 (%)
 * @param sohPercent state of health, 0..65535 (%)
 * @param socHundredthsPercent bytes 4-5 when the frame has them, 0..65535 (0.01 %)
 */
public record StateOfChargeHealth(int socPercent, int sohPercent, OptionalInt socHundredthsPercent)
    implements PylonCanMessage {

  /** The CAN id. */
  public static final int CAN_ID = 0x355;

  /** Validates the wire ranges. */
  public StateOfChargeHealth {
    Ranges.u16("socPercent", socPercent);
    Ranges.u16("sohPercent", sohPercent);
    Objects.requireNonNull(socHundredthsPercent, "socHundredthsPercent");
    if (socHundredthsPercent.isPresent()) {
      Ranges.u16("socHundredthsPercent", socHundredthsPercent.getAsInt());
    }
  }

  /** The 4-byte V1.2 form. */
  public static StateOfChargeHealth of(int socPercent, int sohPercent) {
    return new StateOfChargeHealth(socPercent, sohPercent, OptionalInt.empty());
  }

  static StateOfChargeHealth fromPayload(byte[] data) {
    OptionalInt highRes =
        data.length >= 6 ? OptionalInt.of(LittleEndian.u16(data, 4)) : OptionalInt.empty();
    return new StateOfChargeHealth(LittleEndian.u16(data, 0), LittleEndian.u16(data, 2), highRes);
  }

  @Override
  public int canId() {
    return CAN_ID;
  }

  @Override
  public String kind() {
    return "soc_soh";
  }

  @Override
  public byte[] payload() {
    byte[] data = new byte[socHundredthsPercent.isPresent() ? 6 : 4];
    LittleEndian.put16(data, 0, socPercent);
    LittleEndian.put16(data, 2, sohPercent);
    socHundredthsPercent.ifPresent(v -> LittleEndian.put16(data, 4, v));
    return data;
  }

  @Override
  public Map<String, Object> jsonFields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("soc_pct", socPercent);
    m.put("soh_pct", sohPercent);
    if (socHundredthsPercent.isPresent()) {
      m.put("soc_high_res_pct", BigDecimal.valueOf(socHundredthsPercent.getAsInt(), 2));
      m.put("uncertain_fields", List.of("soc_high_res_pct"));
    }
    return m;
  }
}
