package io.solargw.sim.wire;

/**
 * Wire time of a serial line: 10 bits per byte (start + 8 data + stop, 8N1) at {@code baud}, plus
 * the device's turnaround between the end of the request and the start of its answer.
 *
 * @param baud bits per second, or 0 for no pacing (answers as fast as TCP allows)
 * @param turnaroundMillis device think time before answering
 */
public record WireTiming(int baud, int turnaroundMillis) {

  /** No pacing, no turnaround. */
  public static final WireTiming INSTANT = new WireTiming(0, 0);

  public WireTiming {
    if (baud < 0 || baud > 4_000_000) {
      throw new IllegalArgumentException("baud must be 0 (no pacing) or 1..4000000, got " + baud);
    }
    if (turnaroundMillis < 0 || turnaroundMillis > 60_000) {
      throw new IllegalArgumentException(
          "turnaroundMillis must be in 0..60000, got " + turnaroundMillis);
    }
  }

  /** Nanoseconds the line is busy carrying {@code bytes} bytes. */
  public long wireNanos(int bytes) {
    return baud == 0 ? 0 : bytes * 10L * 1_000_000_000L / baud;
  }

  /** True when wire time is emulated. */
  public boolean paced() {
    return baud > 0;
  }
}
