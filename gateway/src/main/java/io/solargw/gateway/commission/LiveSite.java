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

  private static DeviceReport notYet(String id, Instant at) {
    return new DeviceReport(id, Availability.OFFLINE, at, Map.of(), Optional.of("no report yet"));
  }
}
