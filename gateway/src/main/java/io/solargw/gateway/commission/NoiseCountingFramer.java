package io.solargw.gateway.commission;

import io.solargw.gateway.bus.FrameSearch;
import io.solargw.gateway.bus.ResponseFramer;

/**
 * Wraps a framer and counts the bytes it skips, so a timeout after bytes that were no valid frame
 * (two devices answering at once on one address) is told apart from silence.
 */
final class NoiseCountingFramer implements ResponseFramer {

  private final ResponseFramer inner;
  private int skipped;

  NoiseCountingFramer(ResponseFramer inner) {
    this.inner = inner;
  }

  @Override
  public FrameSearch search(byte[] buffer, int length) {
    FrameSearch found = inner.search(buffer, length);
    if (found instanceof FrameSearch.Skip s) {
      skipped += Math.min(Math.max(1, s.count()), length);
    }
    return found;
  }

  /** Bytes skipped as not part of a valid frame. */
  int skipped() {
    return skipped;
  }
}
