package io.solargw.gateway.transport;

/**
 * How a candump log is replayed.
 *
 * @param speed 1.0 replays at the pace of the log's timestamps, 2.0 twice as fast, 0 as fast as
 *     possible (timestamps ignored); 0..1000
 * @param loop start again from the top at the end of the file
 */
public record CandumpReplaySettings(double speed, boolean loop) {

  /** Checks the speed range. */
  public CandumpReplaySettings {
    if (!(speed >= 0 && speed <= 1000)) {
      throw new IllegalArgumentException("speed must be in 0..1000, got " + speed);
    }
  }

  /** Real time, looping: what a demo wants. */
  public static CandumpReplaySettings realTimeLooping() {
    return new CandumpReplaySettings(1.0, true);
  }

  /** As fast as possible, once: what a test or a batch decode wants. */
  public static CandumpReplaySettings asFastAsPossible() {
    return new CandumpReplaySettings(0, false);
  }

  /** True when the log's timestamps set the pace. */
  public boolean paced() {
    return speed > 0;
  }
}
