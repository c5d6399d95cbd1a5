package io.solargw.gateway.soak;

import java.util.OptionalLong;

/**
 * The gateway's resident memory over the run. The start value is the first sample after the restart
 * has warmed up (the kill -9 resets the process), the end value the last sample.
 */
final class RssSamples {

  private long baselineAfter;
  private long startKb = -1;
  private long endKb = -1;
  private long maxKb = -1;

  void baselineAfter(long millis) {
    baselineAfter = millis;
  }

  void sample(long atMillis, OptionalLong kb) {
    if (kb.isEmpty()) {
      return;
    }
    if (atMillis >= baselineAfter && startKb < 0) {
      startKb = kb.getAsLong();
    }
    if (atMillis >= baselineAfter) {
      maxKb = Math.max(maxKb, kb.getAsLong());
      endKb = kb.getAsLong();
    }
  }

  long startKb() {
    return startKb;
  }

  long endKb() {
    return endKb;
  }

  long maxKb() {
    return maxKb;
  }
}
