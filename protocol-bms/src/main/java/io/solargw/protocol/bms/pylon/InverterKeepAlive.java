package io.solargw.protocol.bms.pylon;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 0x305: the inverter's keep-alive / acknowledge frame (inverter to battery).
 *
 * <p>DLC 8 typical, content not significant (zeros typical; ArminJo, YAM#48); sent about once per
 * second, a Deye answers each 0x356 with it (bms.md 6.1-6.2). Any DLC 0..8 is accepted and the
 * bytes are kept as sent.
 *
 * @param content the data bytes, 0..8 (cloned in and out)
 */
public record InverterKeepAlive(byte[] content) implements PylonCanMessage {

  /** The CAN id. */
  public static final int CAN_ID = 0x305;

  /** Checks the length and copies the bytes. */
  public InverterKeepAlive {
    if (content == null || content.length > CanFrame.MAX_DLC) {
      throw new IllegalArgumentException("content must be 0..8 bytes");
    }
    content = content.clone();
  }

  static InverterKeepAlive fromPayload(byte[] data) {
    return new InverterKeepAlive(data);
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public int canId() {
    return CAN_ID;
  }

  @Override
  public String kind() {
    return "inverter_keep_alive";
  }

  @Override
  public byte[] payload() {
    return content.clone();
  }

  @Override
  public Map<String, Object> jsonFields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("all_zero", allZero());
    return m;
  }

  private boolean allZero() {
    for (byte b : content) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InverterKeepAlive k && Arrays.equals(k.content, content);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "InverterKeepAlive[content=" + HexFormat.of().withUpperCase().formatHex(content) + "]";
  }
}
