package io.solargw.gateway.bus;

import io.solargw.gateway.transport.Link;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;

/**
 * Runs one transaction at a time on a half-duplex bus: waits out the inter-frame gap, drops stale
 * input, writes the request, and reads until the protocol's framer reports a complete answer or the
 * timeout passes. Owned by the bus thread; never shared.
 */
public final class BusTransactor {

  private static final int MAX_ANSWER = 16 * 1024;

  private final Link link;
  private final BusTiming timing;
  private final BusCounters counters;
  private final InterFrameGap gap;

  /**
   * @param link the bus's link (opened by the caller)
   * @param timing gap and default timeout
   * @param counters where to count
   */
  public BusTransactor(Link link, BusTiming timing, BusCounters counters) {
    this.link = link;
    this.timing = timing;
    this.counters = counters;
    this.gap = new InterFrameGap(timing.gap());
  }

  /** The bus timing. */
  public BusTiming timing() {
    return timing;
  }

  /** The bus counters. */
  public BusCounters counters() {
    return counters;
  }

  /** {@link #exchange(byte[], ResponseFramer, Duration)} with the bus's default timeout. */
  public Exchange exchange(byte[] request, ResponseFramer framer)
      throws IOException, InterruptedException {
    return exchange(request, framer, timing.timeout());
  }

  /**
   * Sends {@code request} and collects the answer.
   *
   * @throws IOException when the link breaks (the caller closes and reopens it)
   */
  public Exchange exchange(byte[] request, ResponseFramer framer, Duration timeout)
      throws IOException, InterruptedException {
    gap.await();
    long start = System.nanoTime();
    try {
      link.discardInput();
      link.write(request);
      counters.transactions.increment();
      counters.bytesOut.add(request.length);
      return collect(framer, start, start + timeout.toNanos());
    } catch (IOException e) {
      counters.linkFailures.increment();
      throw e;
    } finally {
      counters.addBusy(gap.ended() - start);
    }
  }

  private Exchange collect(ResponseFramer framer, long start, long deadline) throws IOException {
    byte[] buf = new byte[512];
    int length = 0;
    int skipped = 0;
    while (true) {
      FrameSearch found = length == 0 ? new FrameSearch.NeedMore() : framer.search(buf, length);
      if (found instanceof FrameSearch.Found f) {
        counters.skippedBytes.add(skipped + f.start());
        byte[] frame = Arrays.copyOfRange(buf, f.start(), f.start() + f.length());
        return new Exchange.Answer(frame, skipped + f.start(), System.nanoTime() - start);
      }
      if (found instanceof FrameSearch.Skip s) {
        int n = Math.min(Math.max(1, s.count()), length);
        System.arraycopy(buf, n, buf, 0, length - n);
        length -= n;
        skipped += n;
        continue;
      }
      long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
      if (remainingMillis <= 0 || length >= MAX_ANSWER) {
        counters.timeouts.increment();
        counters.skippedBytes.add(skipped);
        return new Exchange.Timeout(Arrays.copyOf(buf, length));
      }
      if (length == buf.length) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
      int n = link.read(buf, length, buf.length - length, (int) remainingMillis);
      counters.bytesIn.add(n);
      length += n;
    }
  }
}
