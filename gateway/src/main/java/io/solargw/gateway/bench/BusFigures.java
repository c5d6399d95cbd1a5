package io.solargw.gateway.bench;

/**
 * The figures of one bus in one configuration.
 *
 * @param bus the bus name
 * @param floor the wire-time floor of one cycle, from the poll plan
 * @param measuredNanos the median measured cycle
 * @param cycles how many cycles were measured
 * @param measuredTransactions transactions of the median measured cycle (retries included)
 * @param measuredBytes bytes of the median measured cycle, both directions
 * @param gapMillis the inter-frame gap used, in the floor and by the gateway
 */
public record BusFigures(
    String bus,
    WireFloor floor,
    long measuredNanos,
    int cycles,
    long measuredTransactions,
    long measuredBytes,
    long gapMillis) {

  /** Measured cycle over the floor. */
  public double ratio() {
    return floor.nanos() == 0 ? 0 : (double) measuredNanos / floor.nanos();
  }

  /** The median measured cycle in milliseconds. */
  public double measuredMillis() {
    return measuredNanos / 1e6;
  }

  /** True when the measured cycle sent exactly the planned frames (no retry, no timeout). */
  public boolean asPlanned() {
    return measuredTransactions == floor.transactions() && measuredBytes == floor.bytes();
  }
}
