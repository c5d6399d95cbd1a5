package io.solargw.gateway.bench;

import java.util.List;

/**
 * The figures of one configuration.
 *
 * @param inverters inverters on the inverter bus
 * @param packs packs on the battery bus
 * @param buses one entry per bus
 */
public record BenchResult(int inverters, int packs, List<BusFigures> buses) {

  public BenchResult {
    buses = List.copyOf(buses);
  }
}
