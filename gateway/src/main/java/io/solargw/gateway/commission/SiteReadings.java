package io.solargw.gateway.commission;

import io.solargw.gateway.poll.DeviceReport;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything read once from a site, the input of the pure checks.
 *
 * @param inverters the expected inverter addresses with the report of each (an address that did not
 *     answer has a report with empty values and a problem); empty when no inverter bus is checked
 * @param expectedPacks packs the rack should have (0 when no rack is checked)
 * @param packs what each probed DIP address (1..15) said
 * @param can what the rack's CAN side said, when a CAN source was read
 */
public record SiteReadings(
    Map<Integer, DeviceReport> inverters,
    int expectedPacks,
    Map<Integer, PackProbe> packs,
    Optional<CanReading> can) {

  /** Readings without a CAN source. */
  public SiteReadings(
      Map<Integer, DeviceReport> inverters, int expectedPacks, Map<Integer, PackProbe> packs) {
    this(inverters, expectedPacks, packs, Optional.empty());
  }

  public SiteReadings {
    inverters = Collections.unmodifiableSortedMap(new TreeMap<>(inverters));
    packs = Collections.unmodifiableSortedMap(new TreeMap<>(packs));
    if (expectedPacks < 0 || expectedPacks > 15) {
      throw new IllegalArgumentException("expectedPacks must be in 0..15, got " + expectedPacks);
    }
  }

  /** The expected inverter addresses, ascending. */
  public List<Integer> inverterAddresses() {
    return inverters.keySet().stream().sorted().toList();
  }

  /** Whether a lithium rack is part of the site. */
  public boolean hasRack() {
    return expectedPacks > 0;
  }
}
