package io.solargw.gateway.bus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The bounded queue of jobs other threads hand to one bus worker. Any thread submits; only the bus
 * thread runs them, one at a time, before its next due poll. A job whose future is already done
 * (cancelled by a caller that stopped waiting) is skipped, so a late write never reaches the wire.
 */
final class BusJobs {

  /** At most this many jobs wait; more are rejected. */
  static final int CAPACITY = 16;

  private record Pending<T>(BusJob<T> job, CompletableFuture<T> future) {
    void run(BusLine line) throws IOException, InterruptedException {
      try {
        future.complete(line.run(job));
      } catch (IOException | InterruptedException | RuntimeException e) {
        future.completeExceptionally(e);
        throw e;
      }
    }
  }

  private final String busName;
  private final BlockingQueue<Pending<?>> queue = new ArrayBlockingQueue<>(CAPACITY);
  private volatile Pending<?> head;

  BusJobs(String busName) {
    this.busName = busName;
  }

  /** Queues {@code job}; the future fails with {@link BusJobRejectedException} when full. */
  <T> CompletableFuture<T> submit(BusJob<T> job) {
    CompletableFuture<T> future = new CompletableFuture<>();
    if (!queue.offer(new Pending<>(job, future))) {
      future.completeExceptionally(
          new BusJobRejectedException(
              "bus " + busName + " has " + CAPACITY + " jobs waiting already; try again later"));
    }
    return future;
  }

  /**
   * Runs the oldest waiting job, if any (bus thread only).
   *
   * @return true when a job ran
   * @throws IOException when the link broke during the job (its future has failed with it)
   */
  boolean runNext(BusLine line) throws IOException, InterruptedException {
    Pending<?> next = take();
    while (next != null && next.future().isDone()) {
      next = take();
    }
    if (next == null) {
      return false;
    }
    next.run(line);
    return true;
  }

  /** Waits up to {@code millis} for a job to arrive (bus thread only). */
  void await(long millis) throws InterruptedException {
    if (head == null) {
      head = queue.poll(Math.max(0, millis), TimeUnit.MILLISECONDS);
    }
  }

  /** Fails every waiting job with {@code reason}. */
  void rejectAll(String reason) {
    List<Pending<?>> drained = new ArrayList<>();
    queue.drainTo(drained);
    Pending<?> h = head;
    if (h != null) {
      drained.add(h);
    }
    drained.forEach(p -> p.future().completeExceptionally(new BusJobRejectedException(reason)));
  }

  private Pending<?> take() {
    Pending<?> h = head;
    if (h != null) {
      head = null;
      return h;
    }
    return queue.poll();
  }
}
