package io.solargw.gateway.commission;

import io.solargw.gateway.poll.Availability;
import io.solargw.gateway.poll.DeviceReport;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The commissioning input taken from the running gateway's latest reports instead of a read of its
 * own, so that the live page judges with the same checks as {@code solar-gateway commission}. What
 * the gateway's polling does not give: the packs' identity (firmware, pack count; the check says
 * "check by hand"), and collisions of two packs on one address (the gateway reads the rack through
 * the master, a pack missing from its answer is silent, never garbled).
 */
public final class LiveSite {

  private LiveSite() {}

  /**
   * The readings in {@code reports}.
   *
   * @param inverters the device id of each expected inverter address (one inverter bus)
   * @param expectedPacks packs the rack should have (0: no rack)
   * @param at when the readings are judged
   */
  public static SiteReadings of(
      Map<String, DeviceReport> reports,
      Map<Integer, String> inverters,
      int expectedPacks,
      Instant at) {
    Map<Integer, DeviceReport> units = new LinkedHashMap<>();
    inverters.forEach(
        (address, id) ->
            units.put(
                address, Optional.ofNullable(reports.get(id)).orElseGet(() -> notYet(id, at))));
    Map<Integer, PackProbe> packs = new LinkedHashMap<>();
    for (int a = 1; a <= 15; a++) {
      DeviceReport r = reports.get("pack-" + a);
      if (r != null && r.availability() == Availability.ONLINE && !r.values().isEmpty()) {
        packs.put(a, new PackProbe(a, PackProbe.Answer.ANSWERED, r.values(), Optional.empty()));
      } else if (r != null || a <= expectedPacks) {
        String why =
            r == null
                ? "no report yet"
                : r.availability().name().toLowerCase(java.util.Locale.ROOT)
                    + r.problem().map(p -> ": " + p).orElse("");
        packs.put(a, new PackProbe(a, PackProbe.Answer.SILENT, Map.of(), Optional.of(why)));
      }
    }
    return new SiteReadings(units, expectedPacks, packs);
  }

  /**
   * The readings in {@code reports}, with the CAN listener's report {@code canDevice} as the CAN
   * side when the configuration has a CAN bus.
   */
  public static SiteReadings of(
      Map<String, DeviceReport> reports,
      Map<Integer, String> inverters,
      int expectedPacks,
      Optional<String> canDevice,
      Instant at) {
    SiteReadings site = of(reports, inverters, expectedPacks, at);
    if (canDevice.isEmpty()) {
      return site;
    }
    DeviceReport r = reports.get(canDevice.get());
    CanReading can;
    if (r == null) {
      can = CanReading.failed(canDevice.get(), "no report yet");
    } else if (r.availability() != Availability.ONLINE) {
      can =
          CanReading.failed(
              canDevice.get(),
              r.availability().name().toLowerCase(java.util.Locale.ROOT)
                  + r.problem().map(p -> ": " + p).orElse(""));
    } else {
      can = new CanReading(canDevice.get(), r.values(), idsIn(r.values()), 0, 0, Optional.empty());
    }
    return new SiteReadings(site.inverters(), expectedPacks, site.packs(), Optional.of(can));
  }

  /** The summary ids whose fields the CAN listener's report carries (stale ids left out). */
  private static java.util.List<String> idsIn(Map<String, Object> values) {
    Map<String, String> keyOf =
        Map.of(
            "0x351", "charge_voltage_V",
            "0x355", "soc_pct",
            "0x356", "voltage_V",
            "0x359", "module_count",
            "0x35C", "charge_enable");
    return keyOf.entrySet().stream()
        .filter(e -> values.containsKey(e.getValue()))
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  private static DeviceReport notYet(String id, Instant at) {
    return new DeviceReport(id, Availability.OFFLINE, at, Map.of(), Optional.of("no report yet"));
  }
}
