package io.solargw.gateway.stack.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every protection, alarm and fault active in any pack, each tagged with its pack, so one look at
 * the rack says whether anything anywhere is wrong.
 */
public final class RackAlarms {

  private static final List<String> KINDS = List.of("protections", "alarms", "faults");

  private RackAlarms() {}

  /**
   * Puts {@code protection_active}, {@code alarm_active}, {@code fault_active}, the three lists of
   * {@code {pack, label?, description}} and {@code packs_with_alarm_info}.
   */
  public static void putInto(Map<String, Object> out, List<RackPack> packs, boolean withDevice) {
    Map<String, List<Object>> found = new LinkedHashMap<>();
    KINDS.forEach(k -> found.put(k, new ArrayList<>()));
    int withInfo = 0;
    for (RackPack p : packs) {
      if (p.alarm().isEmpty()) {
        continue;
      }
      withInfo++;
      for (String kind : KINDS) {
        for (Object entry : Tree.list(p.alarm().get(), kind)) {
          found.get(kind).add(tagged(p, entry, withDevice));
        }
      }
    }
    out.put("protection_active", !found.get("protections").isEmpty());
    out.put("alarm_active", !found.get("alarms").isEmpty());
    out.put("fault_active", !found.get("faults").isEmpty());
    found.forEach(out::put);
    out.put("packs_with_alarm_info", withInfo);
  }

  private static Map<String, Object> tagged(RackPack p, Object entry, boolean withDevice) {
    Map<String, Object> m = p.location(withDevice);
    if (entry instanceof Map<?, ?> e) {
      e.forEach((k, v) -> m.put(String.valueOf(k), v));
    } else {
      m.put("description", String.valueOf(entry));
    }
    return m;
  }
}
