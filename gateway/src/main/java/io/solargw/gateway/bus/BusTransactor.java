package io.solargw.gateway.bus;

import io.solargw.gateway.transport.Link;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Runs one transaction at a time on a half-duplex bus: waits out the inter-frame gap, drops stale
 * input, writes the request, and reads until the protocol's framer reports a complete answer or the
 * timeout passes. Owned by the bus thread; never shared.
 *
 * <p>After a timeout the line is in doubt: the device may still answer, late, and a late answer
 * could pass for the answer to the next request. {@link #exchange} guards against that the simple
 * way (PACE, whose answers do not say which command they answer): the next transaction with another
 * request first lets the line settle, discarding what arrives until the line has been quiet for one
 * timeout (at most {@value #SETTLE_LIMIT} timeouts), counting late bytes as {@code LATE_ANSWER}. A
 * retry of the very same request does not wait: a late answer to it carries what it asks for. A
 * device that answers later than the settle defeats this; for Modbus RTU, where it matters most
 * (many blocks of the same length from one unit), {@code RtuChannel} keeps an exact account.
 *
 * <p>A protocol channel that keeps its own account of late answers ({@code RtuChannel}, which knows
 * the unit and shape of each answer still owed) uses {@link #exchangeUnsettled} instead and keeps
 * that account in {@link #lineState}, which lives as long as the transactor.
 */
public final class BusTransactor {

  private static final int MAX_ANSWER = 16 * 1024;

  /** The longest a settle after a timeout may take, in timeouts. */
  static final int SETTLE_LIMIT = 4;

  private final Link link;
  private final BusTiming timing;
  private final BusCounters counters;
  private final InterFrameGap gap;
  private byte[] unsettledBy;
  private Object lineState;

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
   * Sends {@code request} and collects the answer; after a timeout, the next different request
   * first lets the line settle.
   *
   * @throws IOException when the link breaks (the caller closes and reopens it)
   */
  public Exchange exchange(byte[] request, ResponseFramer framer, Duration timeout)
      throws IOException, InterruptedException {
    if (unsettledBy != null && !Arrays.equals(request, unsettledBy)) {
      settle(); // a retry of the same request may take the late answer: it carries what it asks
    }
    Exchange result = exchangeUnsettled(request, framer, timeout);
    if (result instanceof Exchange.Timeout) {
      unsettledBy = request.clone(); // the doubt lasts until a settle, answers or not
    }
    return result;
  }

  /**
   * Sends {@code request} and collects the answer, with no settle before or after: for a caller
   * that tracks late answers itself.
   *
   * @throws IOException when the link breaks (the caller closes and reopens it)
   */
  public Exchange exchangeUnsettled(byte[] request, ResponseFramer framer, Duration timeout)
      throws IOException, InterruptedException {
    gap.await();
    long start = System.nanoTime();
    try {
      link.discardInput();
      link.write(request);
      counters.transactions.increment();
      counters.bytesOut.add(request.length);
      return collect(framer, start, start + timeout.toNanos(), true);
    } catch (IOException e) {
      counters.linkFailures.increment();
      throw e;
    } finally {
      counters.addBusy(gap.ended() - start);
    }
  }

  /**
   * Reads what arrives for up to {@code timeout} without sending anything (input already waiting is
   * kept): for a caller that expects late answers. A timeout here is not counted as one.
   *
   * @throws IOException when the link breaks
   */
  public Exchange listen(ResponseFramer framer, Duration timeout)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    try {
      return collect(framer, start, start + timeout.toNanos(), false);
    } catch (IOException e) {
      counters.linkFailures.increment();
      throw e;
    } finally {
      counters.addBusy(System.nanoTime() - start);
    }
  }

  /**
   * The state a protocol keeps about this line, made by {@code create} on first use. One kind per
   * transactor: a bus speaks one protocol.
   *
   * @throws IllegalStateException when another kind of state is already kept
   */
  public <T> T lineState(Class<T> type, Supplier<T> create) {
    if (lineState == null) {
      lineState = create.get();
    }
    if (!type.isInstance(lineState)) {
      throw new IllegalStateException(
          "this line already keeps " + lineState.getClass().getSimpleName() + ", not " + type);
    }
    return type.cast(lineState);
  }

  /**
   * Discards input until the line has been quiet for one timeout, or {@value #SETTLE_LIMIT}
   * timeouts passed; late bytes are counted as {@code LATE_ANSWER}.
   */
  private void settle() throws IOException {
    unsettledBy = null;
    long quiet = timing.timeout().toNanos();
    long now = System.nanoTime();
    long giveUp = now + SETTLE_LIMIT * quiet;
    long quietUntil = now + quiet;
    byte[] sink = new byte[256];
    boolean late = false;
    while (now < quietUntil && now < giveUp) {
      int waitMillis = (int) Math.max(1, (Math.min(quietUntil, giveUp) - now) / 1_000_000);
      int n = link.read(sink, 0, sink.length, waitMillis);
      now = System.nanoTime();
      if (n > 0) {
        counters.bytesIn.add(n);
        counters.skippedBytes.add(n);
        late = true;
        quietUntil = now + quiet;
      }
    }
    if (late) {
      counters.countError("LATE_ANSWER");
    }
  }

  private Exchange collect(ResponseFramer framer, long start, long deadline, boolean countTimeout)
      throws IOException {
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
        if (countTimeout) {
          counters.timeouts.increment();
        }
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
