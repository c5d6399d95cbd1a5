package io.solargw.gateway.stack.internal;

import io.solargw.gateway.poll.DeviceReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One pack found in a battery report: its analog values (the PACE analog JSON of {@code
 * protocol-bms}) and, when the report has them, its alarm values.
 *
 * @param device the report it came from
 * @param pack the pack number: {@code pack_address}, else its 1-based position in the list
 * @param present false for a pack the answer lists with all cells at 0 (pack offline)
 * @param analog the pack's analog map
 * @param alarm the pack's alarm map, if the report has alarm values for it
 */
public record RackPack(
    String device,
    int pack,
    boolean present,
    Map<String, Object> analog,
    Optional<Map<String, Object>> alarm) {

  /**
   * The packs of one battery report. Accepted shapes: {@code packs: [...]} or {@code analog:
   * {packs: [...]}}; alarm values inside each pack map, under the pack's {@code alarm} map, or in
   * {@code alarm: {packs: [...]}} (matched by {@code pack_address}) or {@code alarm: {...}} (one
   * pack, the command-echo form).
   */
  public static List<RackPack> of(DeviceReport report) {
    Map<String, Object> v = report.values();
    List<Map<String, Object>> analog = Tree.maps(v, "packs");
    if (analog.isEmpty()) {
      analog = Tree.maps(v, "analog", "packs");
    }
    List<RackPack> out = new ArrayList<>();
    for (int i = 0; i < analog.size(); i++) {
      Map<String, Object> a = analog.get(i);
      int number = Tree.number(a, "pack_address").map(n -> n.intValue()).orElse(i + 1);
      boolean present = !Boolean.FALSE.equals(a.get("present"));
      out.add(
          new RackPack(
              report.deviceId(), number, present, a, alarmOf(v, a, number, analog.size())));
    }
    return out;
  }

  private static Optional<Map<String, Object>> alarmOf(
      Map<String, Object> values, Map<String, Object> pack, int number, int packCount) {
    if (pack.containsKey("protections")) {
      return Optional.of(pack);
    }
    Optional<Map<String, Object>> own = Tree.map(pack, "alarm");
    if (own.isPresent()) {
      return own;
    }
    List<Map<String, Object>> alarms = Tree.maps(values, "alarm", "packs");
    for (int i = 0; i < alarms.size(); i++) {
      Map<String, Object> a = alarms.get(i);
      int n = Tree.number(a, "pack_address").map(d -> d.intValue()).orElse(i + 1);
      if (n == number) {
        return Optional.of(a);
      }
    }
    Optional<Map<String, Object>> single = Tree.map(values, "alarm");
    if (alarms.isEmpty() && packCount == 1 && single.isPresent()) {
      return single;
    }
    return Optional.empty();
  }

  /** {@code {pack}} or {@code {device, pack}} when several devices feed the rack. */
  public Map<String, Object> location(boolean withDevice) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (withDevice) {
      m.put("device", device);
    }
    m.put("pack", pack);
    return m;
  }
}
