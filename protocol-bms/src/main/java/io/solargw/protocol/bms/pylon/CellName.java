package io.solargw.protocol.bms.pylon;

import io.solargw.protocol.bms.pylon.internal.Ascii;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * 0x374-0x377: the name of an extreme cell (lowest/highest voltage/temperature), Victron dialect.
 *
 * <p>DLC 1..8, ASCII text (bms.md 6.5, OpenDTU pytes/can reads the whole DLC as a string); trailing
 * spaces and NULs are trimmed. Encoding pads with spaces to 8 bytes.
 *
 * @param role which extreme, and so which CAN id
 * @param name 0..8 characters U+0000..U+00FF, not ending in a space or NUL
 */
public record CellName(CellNameRole role, String name) implements PylonCanMessage {

  /** Validates that the name fits the frame and survives trimming. */
  public CellName {
    Objects.requireNonNull(role, "role");
    Ascii.requireEncodable("name", name, 8);
  }

  static CellName fromPayload(CellNameRole role, byte[] data) {
    return new CellName(role, Ascii.trimmed(data, 0, data.length));
  }

  @Override
  public int canId() {
    return role.code();
  }

  @Override
  public String kind() {
    return "cell_name";
  }

  @Override
  public byte[] payload() {
    return Ascii.padded(name, 8);
  }

  @Override
  public Map<String, Object> jsonFields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("role", role.jsonName());
    m.put("name", name);
    return m;
  }
}
