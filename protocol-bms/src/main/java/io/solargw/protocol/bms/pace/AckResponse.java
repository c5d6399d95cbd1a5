package io.solargw.protocol.bms.pace;

import io.solargw.protocol.bms.pace.internal.Hex;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A successful answer (RTN 0x00) that carries no values: the reply to writes (set date/time,
 * shutdown, set parameters, set protocol; bms.md §2.1) and to Pylontech 0x4F, whose protocol
 * version is the header's VER [PYL33 §3.1]. INFO is normally empty; anything present is kept.
 *
 * @param header frame header
 * @param info INFO bytes, usually none
 */
public record AckResponse(ResponseHeader header, byte[] info) implements Response {

  /** Checks for nulls and copies. */
  public AckResponse {
    Objects.requireNonNull(header, "header");
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
    if (info.length > 0) {
      map.put("info_hex", Hex.of(info));
    }
    return map;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AckResponse a && header.equals(a.header) && Arrays.equals(info, a.info);
  }

  @Override
  public int hashCode() {
    return 31 * header.hashCode() + Arrays.hashCode(info);
  }

  @Override
  public String toString() {
    return "AckResponse[" + header + ", info=" + Hex.of(info) + "]";
  }
}
