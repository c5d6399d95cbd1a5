package io.solargw.protocol.bms.pylon;

import io.solargw.protocol.bms.pylon.internal.Ascii;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 0x380 / 0x381: first / second half of the battery serial number (Victron dialect).
 *
 * <p>DLC 1..8, ASCII (bms.md 6.5, OpenDTU pytes/can joins part 1 and part 2); trailing spaces and
 * NULs are trimmed. Encoding pads with spaces to 8 bytes.
 *
 * @param part 1 (0x380) or 2 (0x381)
 * @param text 0..8 characters U+0000..U+00FF, not ending in a space or NUL
 */
public record SerialNumberPart(int part, String text) implements PylonCanMessage {

  /** CAN id of part 1; part 2 is the next id. */
  public static final int CAN_ID_PART_1 = 0x380;

  /** Validates the part number and the text. */
  public SerialNumberPart {
    if (part != 1 && part != 2) {
      throw new IllegalArgumentException("part must be 1 or 2, got " + part);
    }
    Ascii.requireEncodable("text", text, 8);
  }

  static SerialNumberPart fromPayload(int part, byte[] data) {
    return new SerialNumberPart(part, Ascii.trimmed(data, 0, data.length));
  }

  @Override
  public int canId() {
    return CAN_ID_PART_1 + part - 1;
  }

  @Override
  public String kind() {
    return "serial_number_part";
  }

  @Override
  public byte[] payload() {
    return Ascii.padded(text, 8);
  }

  @Override
  public Map<String, Object> jsonFields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("part", part);
    m.put("text", text);
    return m;
  }
}
