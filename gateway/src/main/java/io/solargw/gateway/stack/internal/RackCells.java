package io.solargw.gateway.stack.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lowest and highest cell voltage and temperature across the rack, with where they are. */
public final class RackCells {

  private RackCells() {}

  /**
   * Puts {@code cell_min_mV}, {@code cell_min_at: {pack, cell}}, ..., {@code cell_spread_mV},
   * {@code temperature_min_C}, {@code temperature_max_C} and their {@code {pack, sensor}}. Cells
   * and sensors are numbered from 1 in the pack's list order; absent sensors (null) are skipped.
   */
  public static void putInto(Map<String, Object> out, List<RackPack> packs, boolean withDevice) {
    Extremes cells = new Extremes();
    Extremes temps = new Extremes();
    for (RackPack p : packs) {
      offerAll(cells, p, Tree.list(p.analog(), "cells_mV"), "cell", withDevice);
      offerAll(temps, p, Tree.list(p.analog(), "temperatures_C"), "sensor", withDevice);
    }
    cells.putInto(out, "cell", "mV", "cell_spread_mV");
    temps.putInto(out, "temperature", "C", null);
  }

  private static void offerAll(
      Extremes e, RackPack p, List<Object> values, String item, boolean withDevice) {
    for (int i = 0; i < values.size(); i++) {
      Optional<BigDecimal> v = Tree.decimal(values.get(i));
      if (v.isPresent()) {
        Map<String, Object> at = p.location(withDevice);
        at.put(item, i + 1);
        e.offer(v.get(), at);
      }
    }
  }
}
