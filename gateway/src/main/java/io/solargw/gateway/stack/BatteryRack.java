package io.solargw.gateway.stack;

import io.solargw.gateway.poll.Availability;
import io.solargw.gateway.poll.DeviceReport;
import io.solargw.gateway.stack.internal.CanSummary;
import io.solargw.gateway.stack.internal.RackAlarms;
import io.solargw.gateway.stack.internal.RackCells;
import io.solargw.gateway.stack.internal.RackPack;
import io.solargw.gateway.stack.internal.RackTotals;
import io.solargw.gateway.stack.internal.Selection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The battery rack as one device ({@code battery-rack}): total current and power, capacity weighted
 * SOC, extreme cells and temperatures with their location, every active protection, alarm and fault
 * with its pack, packs seen against packs expected, and the CAN summary next to it. Only ONLINE
 * reports are used; the rules are in {@code docs/reference/aggregation.md}.
 */
public final class BatteryRack {

  /** Device id of the aggregate report. */
  public static final String DEVICE_ID = "battery-rack";

  private BatteryRack() {}

  /**
   * Aggregates the latest battery reports.
   *
   * @param batteryIds the device ids of the RS485 battery reports (usually one per bms bus)
   * @param canId the device id of the CAN summary report, if a CAN bus is configured
   * @param latest the latest report per device id (other devices are ignored)
   * @param packsExpected the configured number of packs over all {@code batteryIds}
   * @param at the timestamp of the aggregate report
   * @return an ONLINE report when at least one present pack was seen, else OFFLINE
   */
  public static DeviceReport aggregate(
      List<String> batteryIds,
      Optional<String> canId,
      Map<String, DeviceReport> latest,
      int packsExpected,
      Instant at) {
    if (packsExpected < 0 || packsExpected > 15 * Math.max(1, batteryIds.size())) {
      throw new IllegalArgumentException(
          "packsExpected must be in 0..15 per battery device, got " + packsExpected);
    }
    List<String> all = new ArrayList<>(batteryIds);
    canId.ifPresent(all::add);
    Selection selection = Selection.of(all, latest);
    List<RackPack> seen = new ArrayList<>();
    List<RackPack> notPresent = new ArrayList<>();
    Optional<DeviceReport> can = Optional.empty();
    for (DeviceReport r : selection.included()) {
      if (canId.isPresent() && r.deviceId().equals(canId.get())) {
        can = Optional.of(r);
        continue;
      }
      for (RackPack p : RackPack.of(r)) {
        (p.present() ? seen : notPresent).add(p);
      }
    }
    boolean withDevice = seen.stream().map(RackPack::device).distinct().count() > 1;
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("packs_expected", packsExpected);
    v.put("packs_seen", seen.size());
    v.put("packs_missing", Math.max(0, packsExpected - seen.size()));
    v.put("packs_present", seen.stream().map(p -> p.location(withDevice)).toList());
    v.put("packs_not_present", notPresent.stream().map(p -> p.location(withDevice)).toList());
    v.put("excluded", selection.excluded());
    RackTotals.putInto(v, seen);
    RackCells.putInto(v, seen, withDevice);
    RackAlarms.putInto(v, seen, withDevice);
    v.put("can", can.map(c -> CanSummary.of(c, v)).orElse(null));
    Availability availability = seen.isEmpty() ? Availability.OFFLINE : Availability.ONLINE;
    return new DeviceReport(DEVICE_ID, availability, at, v, problem(v, selection, all.size()));
  }

  private static Optional<String> problem(Map<String, Object> v, Selection selection, int devices) {
    List<String> parts = new ArrayList<>();
    if (!selection.excluded().isEmpty()) {
      parts.add(selection.summary(devices));
    }
    if ((int) v.get("packs_missing") > 0) {
      parts.add(v.get("packs_seen") + " of " + v.get("packs_expected") + " packs seen");
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
  }
}
