package io.solargw.protocol.bms.pace;

import io.solargw.protocol.bms.pace.internal.FieldDecoder;
import io.solargw.protocol.bms.pace.internal.Hex;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A valid answer whose command is unknown or undocumented: the INFO bytes are kept as they are.
 *
 * @param header frame header
 * @param info INFO bytes
 * @param note why it was not decoded further
 */
public record RawResponse(ResponseHeader header, byte[] info, String note) implements Response {

  /** Checks for nulls and copies. */
  public RawResponse {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(note, "note");
    info = info.clone();
  }

  /** A copy of the info bytes. */
  @Override
  public byte[] info() {
    return info.clone();
  }

  @Override
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    header.putInto(map);
    map.put("info_hex", Hex.of(info));
    boolean printable = info.length > 0;
    for (byte b : info) {
      printable &= (b >= 0x20 && b < 0x7F) || b == 0;
    }
    if (printable) {
      map.put("info_ascii", FieldDecoder.text(info));
    }
    map.put("note", note);
    return map;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawResponse r
        && header.equals(r.header)
        && Arrays.equals(info, r.info)
        && note.equals(r.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(header, Arrays.hashCode(info), note);
  }

  @Override
  public String toString() {
    return "RawResponse[" + header + ", info=" + Hex.of(info) + ", note=" + note + "]";
  }
}
