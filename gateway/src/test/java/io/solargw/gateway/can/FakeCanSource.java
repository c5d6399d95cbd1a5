package io.solargw.gateway.can;

import io.solargw.gateway.transport.CanSource;
import io.solargw.gateway.transport.CanSourceEvent;
import io.solargw.protocol.bms.pylon.CanFrame;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A CAN source the test feeds: queued events come out of {@link #poll} in order; an {@link
 * IOException} queued is thrown (the source breaks); opening fails while {@link #failOpens} is
 * positive. Thread-safe between the test and the listener thread.
 */
final class FakeCanSource implements CanSource {

  private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
  final AtomicInteger opens = new AtomicInteger();
  final AtomicInteger polls = new AtomicInteger();
  final AtomicInteger failOpens = new AtomicInteger();
  private volatile boolean open;

  FakeCanSource frames(Iterable<CanFrame> frames) {
    frames.forEach(f -> events.add(new CanSourceEvent.Frame(f)));
    return this;
  }

  FakeCanSource event(CanSourceEvent event) {
    events.add(event);
    return this;
  }

  FakeCanSource breakWith(String message) {
    events.add(new IOException(message));
    return this;
  }

  /** True once the listener has taken every queued event and come back for more. */
  boolean drained(int pollsBefore, int queued) {
    return events.isEmpty() && polls.get() > pollsBefore + queued;
  }

  @Override
  public void open() throws IOException {
    if (failOpens.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new IOException("fake adapter unplugged");
    }
    opens.incrementAndGet();
    open = true;
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public CanSourceEvent poll(Duration timeout) throws IOException, InterruptedException {
    polls.incrementAndGet();
    Object next = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (next instanceof IOException e) {
      open = false;
      throw e;
    }
    return next == null ? new CanSourceEvent.Silence() : (CanSourceEvent) next;
  }

  @Override
  public String describe() {
    return "fake";
  }

  @Override
  public void close() {
    open = false;
  }
}
