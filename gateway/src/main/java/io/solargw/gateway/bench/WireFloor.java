package io.solargw.gateway.bench;

import java.time.Duration;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The shortest time one poll cycle of a bus can take on the wire: every request and answer byte at
 * 10 bits (8N1) per byte at the baud rate, the device's turnaround before each answer, and the
 * inter-frame gap between two transactions. Computed from the frames the poll plan sends and the
 * answers the device gives to them, never from a measurement.
 *
 * @param nanos the floor
 * @param transactions requests in one cycle
 * @param bytes request and answer bytes of one cycle
 */
public record WireFloor(long nanos, int transactions, long bytes) {

  /** Bits on the wire per byte at 8N1: start bit, 8 data bits, stop bit. */
  public static final int BITS_PER_BYTE = 10;

  /**
   * @param requests the request frames of one cycle, in order
   * @param answerLength the length of the device's answer to a request
   * @param baud bits per second
   * @param turnaround the device's think time between a request and its answer
   * @param gap the idle time between two transactions
   */
  public static WireFloor of(
      List<byte[]> requests,
      ToIntFunction<byte[]> answerLength,
      int baud,
      Duration turnaround,
      Duration gap) {
    long bytes = 0;
    for (byte[] r : requests) {
      bytes += r.length + answerLength.applyAsInt(r);
    }
    int n = requests.size();
    long nanos =
        wireNanos(bytes, baud) + n * turnaround.toNanos() + Math.max(0, n - 1) * gap.toNanos();
    return new WireFloor(nanos, n, bytes);
  }

  /** Wire time of {@code bytes} at {@code baud}, 8N1. */
  public static long wireNanos(long bytes, int baud) {
    return bytes * BITS_PER_BYTE * 1_000_000_000L / baud;
  }

  /** The floor in milliseconds. */
  public double millis() {
    return nanos / 1e6;
  }
}
