package io.solargw.protocol.bms.pace;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.pace.internal.FieldDecoder;
import io.solargw.protocol.bms.pace.internal.InfoReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Answer to a read whose DATA_INFO has a fixed layout listed in {@link ValuesLayout} (pack count,
 * versions, serial numbers, capacities, parameter sets, protocol selection, Pylontech system and
 * manufacturer information).
 *
 * @param header frame header
 * @param layout the layout used
 * @param values decoded fields in layout order (names carry units)
 */
public record ParameterResponse(
    ResponseHeader header, ValuesLayout layout, Map<String, Object> values) implements Response {

  /** Checks for nulls and copies the values, keeping their order. */
  public ParameterResponse {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(layout, "layout");
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  static ParameterResponse decode(
      Frame frame, Dialect dialect, ValuesLayout layout, ResponseHeader header)
      throws BmsProtocolException {
    InfoReader in = new InfoReader(frame.info(), frame::encode);
    Map<String, Object> values =
        FieldDecoder.decode(layout.fields(), in, dialect.kelvinOffsetTenths(), new ArrayList<>());
    return new ParameterResponse(header, layout, values);
  }

  @Override
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    header.putInto(map);
    map.putAll(values);
    return map;
  }
}
