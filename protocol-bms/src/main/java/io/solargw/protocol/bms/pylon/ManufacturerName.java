package io.solargw.protocol.bms.pylon;

import io.solargw.protocol.bms.pylon.internal.Ascii;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 0x35E: the manufacturer name, e.g. {@code PYLON}.
 *
 * <p>DLC 8 normally (Pytes sends 5 bytes "PYTES"); ASCII, padded with spaces ("PYLON" + 3 spaces)
 * or NULs; the padding is trimmed (bms.md 6.2). Deye accepts names starting with "PYLON". Bytes map
 * 1:1 to characters U+0000..U+00FF; encoding pads with spaces to 8 bytes.
 *
 * @param name 0..8 characters U+0000..U+00FF, not ending in a space or NUL
 */
public record ManufacturerName(String name) implements PylonCanMessage {

  /** The CAN id. */
  public static final int CAN_ID = 0x35E;

  /** Validates that the name fits the frame and survives trimming. */
  public ManufacturerName {
    Ascii.requireEncodable("name", name, 8);
  }

  static ManufacturerName fromPayload(byte[] data) {
    return new ManufacturerName(Ascii.trimmed(data, 0, data.length));
  }

  @Override
  public int canId() {
    return CAN_ID;
  }

  @Override
  public String kind() {
    return "manufacturer_name";
  }

  @Override
  public byte[] payload() {
    return Ascii.padded(name, 8);
  }

  @Override
  public Map<String, Object> jsonFields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    return m;
  }
}
