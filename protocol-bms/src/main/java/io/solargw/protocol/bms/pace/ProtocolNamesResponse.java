package io.solargw.protocol.bms.pace;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.BmsProtocolException.Reason;
import io.solargw.protocol.bms.pace.internal.FieldDecoder;
import io.solargw.protocol.bms.pace.internal.InfoReader;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Answer to 0x61 (inverter protocol list names): name count, then per name the protocol number and
 * a NUL-terminated ASCII name [PACE31 §4.6].
 *
 * @param header frame header
 * @param names protocol number -> name, in answer order
 */
public record ProtocolNamesResponse(ResponseHeader header, Map<Integer, String> names)
    implements Response {

  /** Checks for nulls and copies, keeping the order. */
  public ProtocolNamesResponse {
    Objects.requireNonNull(header, "header");
    names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
  }

  static ProtocolNamesResponse decode(Frame frame, ResponseHeader header)
      throws BmsProtocolException {
    InfoReader in = new InfoReader(frame.info(), frame::encode);
    int count = in.u8("name count");
    Map<Integer, String> names = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      int number = in.u8("protocol number");
      ByteArrayOutputStream name = new ByteArrayOutputStream();
      int c;
      while ((c = in.u8("NUL-terminated protocol name")) != 0) {
        name.write(c);
      }
      if (names.put(number, FieldDecoder.text(name.toByteArray())) != null) {
        throw in.error(
            Reason.LAYOUT,
            in.position(),
            "protocol number "
                + number
                + " is listed twice (at "
                + InfoReader.where(in.position())
                + ")");
      }
    }
    in.requireEnd("the protocol names");
    return new ProtocolNamesResponse(header, names);
  }

  @Override
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    header.putInto(map);
    List<Object> list = new ArrayList<>();
    names.forEach((k, v) -> list.add(ProtocolListResponse.entry(k, v)));
    map.put("protocols", list);
    return map;
  }
}
