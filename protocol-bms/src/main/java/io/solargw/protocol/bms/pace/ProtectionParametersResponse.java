package io.solargw.protocol.bms.pace;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.pace.internal.Field;
import io.solargw.protocol.bms.pace.internal.FieldDecoder;
import io.solargw.protocol.bms.pace.internal.Hex;
import io.solargw.protocol.bms.pace.internal.InfoReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Answer to a protection-parameter read (odd CID2 0xD1..0xE7, {@link ProtectionParameter}).
 *
 * <p>{@code values} lists the raw fields in wire order, one-byte fields as {@code "0xNN"} and u16
 * fields as integers (vector O11: {@code ['0x01', 3600, 3700, 3380, '0x0A']}). When the INFO length
 * matches a documented layout the named fields follow; otherwise {@code values} is the leading
 * byte, the u16 values and any odd last byte, and {@code layout} says it is undocumented.
 *
 * @param header frame header
 * @param group the parameter group
 * @param documented whether a documented layout matched
 * @param values raw field values in wire order
 * @param named named fields (empty if undocumented)
 */
public record ProtectionParametersResponse(
    ResponseHeader header,
    ProtectionParameter group,
    boolean documented,
    List<Object> values,
    Map<String, Object> named)
    implements Response {

  /** Checks for nulls and copies. */
  public ProtectionParametersResponse {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(group, "group");
    values = List.copyOf(values);
    named = Collections.unmodifiableMap(new LinkedHashMap<>(named));
  }

  static ProtectionParametersResponse decode(
      Frame frame, Dialect dialect, ProtectionParameter group, ResponseHeader header)
      throws BmsProtocolException {
    InfoReader in = new InfoReader(frame.info(), frame::encode);
    Optional<List<Field>> layout = group.layout(frame.infoLength());
    List<Object> raw = new ArrayList<>();
    if (layout.isPresent()) {
      Map<String, Object> named =
          FieldDecoder.decode(layout.get(), in, dialect.kelvinOffsetTenths(), raw);
      return new ProtectionParametersResponse(header, group, true, raw, named);
    }
    if (in.remaining() > 0) {
      raw.add(Hex.byteText(in.u8("leading byte")));
    }
    while (in.remaining() >= 2) {
      raw.add(in.u16("value"));
    }
    if (in.remaining() == 1) {
      raw.add(Hex.byteText(in.u8("last byte")));
    }
    return new ProtectionParametersResponse(header, group, false, raw, Map.of());
  }

  @Override
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    header.putInto(map);
    map.put("parameter", group.name().toLowerCase(Locale.ROOT));
    map.put("values", values);
    if (documented) {
      map.putAll(named);
    } else {
      map.put("layout", "undocumented length: leading byte + u16 values");
    }
    return map;
  }
}
