package io.solargw.sim.wire;

/**
 * The shared half-duplex line of one bus: until when it is busy. Touched only by the bus thread.
 */
final class WireLine {
  long busyUntilNanos;
}
