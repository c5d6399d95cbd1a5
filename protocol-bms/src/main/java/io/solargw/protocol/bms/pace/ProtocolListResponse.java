package io.solargw.protocol.bms.pace;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.pace.internal.Hex;
import io.solargw.protocol.bms.pace.internal.InfoReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Answer to 0x60 (inverter protocol list numbers): CAN count, CAN protocol numbers, RS485 count,
 * RS485 protocol numbers, one byte each [PACE31 §4.5].
 *
 * @param header frame header
 * @param canProtocols CAN protocol numbers ({@link CanProtocol})
 * @param rs485Protocols RS485 protocol numbers ({@link Rs485Protocol})
 */
public record ProtocolListResponse(
    ResponseHeader header, List<Integer> canProtocols, List<Integer> rs485Protocols)
    implements Response {

  /** Checks for nulls and copies. */
  public ProtocolListResponse {
    Objects.requireNonNull(header, "header");
    canProtocols = List.copyOf(canProtocols);
    rs485Protocols = List.copyOf(rs485Protocols);
  }

  static ProtocolListResponse decode(Frame frame, ResponseHeader header)
      throws BmsProtocolException {
    InfoReader in = new InfoReader(frame.info(), frame::encode);
    List<Integer> can = list(in, "CAN");
    List<Integer> rs485 = list(in, "RS485");
    in.requireEnd("the RS485 protocol list");
    return new ProtocolListResponse(header, can, rs485);
  }

  private static List<Integer> list(InfoReader in, String what) throws BmsProtocolException {
    int count = in.u8(what + " protocol count");
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(in.u8(what + " protocol number " + (i + 1)));
    }
    return out;
  }

  @Override
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    header.putInto(map);
    List<Object> can = new ArrayList<>();
    canProtocols.forEach(c -> can.add(entry(c, CanProtocol.nameOf(c).orElse("unknown"))));
    List<Object> rs485 = new ArrayList<>();
    rs485Protocols.forEach(c -> rs485.add(entry(c, Rs485Protocol.nameOf(c).orElse("unknown"))));
    map.put("can_protocols", can);
    map.put("rs485_protocols", rs485);
    return map;
  }

  static Map<String, Object> entry(int code, String name) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("code", Hex.byteText(code));
    e.put("name", name);
    return e;
  }
}
