package io.solargw.gateway.stack.internal;

import io.solargw.gateway.poll.Availability;
import io.solargw.gateway.poll.DeviceReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which device reports an aggregate may use: only ONLINE ones. A STALE or OFFLINE report carries
 * the device's last values, which must not be added to fresh ones as if they were current; a
 * configured device with no report at all is excluded too. Every exclusion is listed with why.
 *
 * @param included fresh reports, in the order of the configured ids
 * @param lastValues excluded reports that still carry last values (for lifetime counters only)
 * @param excluded one {@code {device, reason[, detail]}} entry per excluded device
 */
public record Selection(
    List<DeviceReport> included,
    List<DeviceReport> lastValues,
    List<Map<String, Object>> excluded) {

  /** Copies the lists. */
  public Selection {
    included = List.copyOf(included);
    lastValues = List.copyOf(lastValues);
    excluded = List.copyOf(excluded);
  }

  /** Sorts the reports of {@code deviceIds} (duplicates ignored) into included and excluded. */
  public static Selection of(List<String> deviceIds, Map<String, DeviceReport> latest) {
    List<DeviceReport> included = new ArrayList<>();
    List<DeviceReport> last = new ArrayList<>();
    List<Map<String, Object>> excluded = new ArrayList<>();
    for (String id : deviceIds.stream().distinct().toList()) {
      DeviceReport r = latest.get(id);
      if (r != null && r.availability() == Availability.ONLINE) {
        included.add(r);
        continue;
      }
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("device", id);
      if (r == null) {
        e.put("reason", "no_report");
      } else {
        e.put("reason", r.availability().name().toLowerCase(Locale.ROOT));
        r.problem().ifPresent(p -> e.put("detail", p));
        if (!r.values().isEmpty()) {
          last.add(r);
        }
      }
      excluded.add(e);
    }
    return new Selection(included, last, excluded);
  }

  /** {@code "2 of 3 devices excluded: inverter-2 offline, inverter-3 stale"}, when any is. */
  public String summary(int total) {
    StringBuilder b = new StringBuilder();
    b.append(excluded.size()).append(" of ").append(total).append(" devices excluded: ");
    for (int i = 0; i < excluded.size(); i++) {
      Map<String, Object> e = excluded.get(i);
      b.append(i == 0 ? "" : ", ").append(e.get("device")).append(' ').append(e.get("reason"));
    }
    return b.toString();
  }
}
