package io.solargw.protocol.bms.pylon;

import io.solargw.protocol.bms.pylon.internal.LittleEndian;
import io.solargw.protocol.bms.pylon.internal.Ranges;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 0x371: identifiers of the extreme cells (Shoto/Deye/Pylon extension), layout <b>UNCERTAIN</b>.
 *
 * <p>DLC 8, four little-endian u16 words. bms.md 6.5 only says "0x371 ids"; the one decoder seen
 * (ai-republic PylonBmsCANProcessor, big-endian, "not trustworthy") reads bytes 4-5 as the id of
 * the highest-voltage cell and 6-7 of the lowest, and leaves bytes 0-3 unused. The words are
 * published unnamed, in byte order.
 *
 * @param word0 bytes 0-1
 * @param word1 bytes 2-3
 * @param word2 bytes 4-5
 * @param word3 bytes 6-7
 */
public record CellExtremeIds(int word0, int word1, int word2, int word3)
    implements PylonCanMessage {

  /** The CAN id. */
  public static final int CAN_ID = 0x371;

  /** Validates the wire ranges. */
  public CellExtremeIds {
    Ranges.u16("word0", word0);
    Ranges.u16("word1", word1);
    Ranges.u16("word2", word2);
    Ranges.u16("word3", word3);
  }

  static CellExtremeIds fromPayload(byte[] data) {
    return new CellExtremeIds(
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
    return "cell_extreme_ids";
  }

  @Override
  public byte[] payload() {
    return LittleEndian.words(word0, word1, word2, word3);
  }

  @Override
  public Map<String, Object> jsonFields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("words", List.of(word0, word1, word2, word3));
    m.put("uncertain_fields", List.of("words"));
    return m;
  }
}
