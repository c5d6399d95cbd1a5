package io.solargw.gateway.can;

import io.solargw.protocol.bms.pylon.CanFrame;
import io.solargw.protocol.bms.pylon.CellName;
import io.solargw.protocol.bms.pylon.InverterKeepAlive;
import io.solargw.protocol.bms.pylon.PylonCanMessage;
import io.solargw.protocol.bms.pylon.SerialNumberPart;
import io.solargw.protocol.bms.pylon.UnknownCanMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The latest decoded message of every CAN id of one rack, and the report values made from them.
 *
 * <p>Values: the fields of the Pylontech "V1.2" set (0x351, 0x355, 0x356, 0x359, 0x35C, 0x35E)
 * flat, with the names of {@code PylonCanJson} ({@code charge_voltage_V}, {@code soc_pct}, {@code
 * voltage_V}, {@code protections}, {@code charge_enable}, {@code name}, ...); every other decoded
 * id nested under its kind ({@code "cell_extremes": {...}}), suffixed with the id where one kind
 * has several ids ({@code cell_name_374}); the flat ids' uncertain fields in one {@code
 * uncertain_fields} list and their set reserved bits in {@code reserved_bits} ({@code "0x359
 * byte0_bit5"}). Not thread-safe.
 */
final class RackState {

  /** The ids whose fields are published flat, in this order. */
  static final List<Integer> FLAT_IDS = List.of(0x351, 0x355, 0x356, 0x359, 0x35C, 0x35E);

  private static final Set<String> PER_MESSAGE_KEYS = Set.of("uncertain_fields", "reserved_bits");

  private record Latest(CanFrame frame, PylonCanMessage message, long atNanos) {}

  private final Map<Integer, Latest> latest = new TreeMap<>();

  /** Keeps {@code message} (decoded from {@code frame}) as the latest of its id. */
  void accept(CanFrame frame, PylonCanMessage message, long nanos) {
    latest.put(frame.id(), new Latest(frame, message, nanos));
  }

  /** True for a frame the battery sends (not the inverter's keep-alive, not an unknown frame). */
  static boolean fromBattery(PylonCanMessage message) {
    return !(message instanceof InverterKeepAlive) && !(message instanceof UnknownCanMessage);
  }

  /**
   * The values of the ids last seen at most {@code maxAgeNanos} before {@code nowNanos}; the ids
   * left out are added to {@code staleIds} as {@code 0x35C}. {@link Long#MAX_VALUE} keeps all.
   */
  Map<String, Object> values(long nowNanos, long maxAgeNanos, List<String> staleIds) {
    Map<String, Object> out = new LinkedHashMap<>();
    List<Object> uncertain = new ArrayList<>();
    List<Object> reserved = new ArrayList<>();
    Map<String, Object> nested = new LinkedHashMap<>();
    for (Latest l : latest.values()) { // ascending ids: the V1.2 order for the flat ones
      if (nowNanos - l.atNanos() > maxAgeNanos) {
        staleIds.add(l.frame().idHex());
        continue;
      }
      Map<String, Object> fields = l.message().jsonFields();
      if (!FLAT_IDS.contains(l.frame().id())) {
        nested.put(nestedKey(l), new LinkedHashMap<>(fields));
        continue;
      }
      fields.forEach(
          (k, v) -> {
            if (!PER_MESSAGE_KEYS.contains(k)) {
              out.put(k, v);
            }
          });
      addAll(uncertain, fields.get("uncertain_fields"), "");
      addAll(reserved, fields.get("reserved_bits"), l.frame().idHex() + " ");
    }
    if (!uncertain.isEmpty()) {
      out.put("uncertain_fields", List.copyOf(uncertain));
    }
    if (!reserved.isEmpty()) {
      out.put("reserved_bits", List.copyOf(reserved));
    }
    out.putAll(nested);
    return out;
  }

  private static String nestedKey(Latest l) {
    PylonCanMessage m = l.message();
    if (m instanceof CellName || m instanceof SerialNumberPart) {
      return m.kind() + "_" + String.format("%03x", l.frame().id());
    }
    return m.kind();
  }

  private static void addAll(List<Object> into, Object list, String prefix) {
    if (list instanceof List<?> items) {
      items.forEach(i -> into.add(prefix + i));
    }
  }
}
