package io.solargw.protocol.bms.pylon;

import io.solargw.protocol.bms.BmsProtocolException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON shape of a decoded CAN frame, as an ordered map (no JSON library here): {@code can_id}
 * ("0x351"), {@code kind}, the message's {@link PylonCanMessage#jsonFields() fields}, then {@code
 * raw} (the data bytes in upper-case hex, as received).
 */
public final class PylonCanJson {

  private PylonCanJson() {}

  /** The map for {@code message} decoded from {@code frame}. */
  public static Map<String, Object> toMap(CanFrame frame, PylonCanMessage message) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("can_id", frame.idHex());
    m.put("kind", message.kind());
    m.putAll(message.jsonFields());
    m.put("raw", frame.dataHex());
    return m;
  }

  /**
   * Decodes {@code frame} and returns its map.
   *
   * @throws BmsProtocolException as {@link PylonCanCodec#decode}
   */
  public static Map<String, Object> decode(CanFrame frame) throws BmsProtocolException {
    return toMap(frame, PylonCanCodec.decode(frame));
  }
}
