package io.solargw.sim.wire;

import java.util.concurrent.atomic.AtomicLong;

/** Counters of one simulated bus: requests seen, answers sent, bytes each way, skipped noise. */
public final class BusStatistics {

  final AtomicLong requests = new AtomicLong();
  final AtomicLong answers = new AtomicLong();
  final AtomicLong bytesIn = new AtomicLong();
  final AtomicLong bytesOut = new AtomicLong();
  final AtomicLong skippedBytes = new AtomicLong();

  /** Complete request frames received. */
  public long requests() {
    return requests.get();
  }

  /** Answers written (including damaged ones). */
  public long answers() {
    return answers.get();
  }

  /** Bytes received from clients. */
  public long bytesIn() {
    return bytesIn.get();
  }

  /** Bytes sent to clients. */
  public long bytesOut() {
    return bytesOut.get();
  }

  /** Received bytes that could not start a frame. */
  public long skippedBytes() {
    return skippedBytes.get();
  }
}
