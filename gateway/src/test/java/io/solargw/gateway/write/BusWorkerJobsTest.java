package io.solargw.gateway.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.solargw.gateway.bus.BusCounters;
import io.solargw.gateway.bus.BusJobRejectedException;
import io.solargw.gateway.bus.BusTiming;
import io.solargw.gateway.bus.BusWorker;
import io.solargw.gateway.transport.Link;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bus worker's job queue: jobs run on the bus thread, one at a time, bounded, and refused. */
class BusWorkerJobsTest {

  private final Link link = new IdleLink();
  private final BusWorker worker =
      new BusWorker(
          "test",
          link,
          new BusTiming(Duration.ofMillis(100), Duration.ZERO, 0),
          new BusCounters(),
          List.of());
  private final Thread thread = new Thread(worker);

  @AfterEach
  void stop() throws InterruptedException {
    worker.stop();
    thread.interrupt();
    thread.join(5000);
  }

  @Test
  void runsJobsOnTheBusThreadInOrderOneAtATime() throws Exception {
    start();
    List<String> seen = new CopyOnWriteArrayList<>();
    AtomicInteger running = new AtomicInteger();
    List<CompletableFuture<Integer>> futures = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      int n = i;
      futures.add(
          worker.submit(
              bus -> {
                assertThat(running.incrementAndGet()).isEqualTo(1);
                seen.add(Thread.currentThread().getName() + ":" + n);
                Thread.sleep(2);
                running.decrementAndGet();
                return n;
              }));
    }
    for (int i = 0; i < 10; i++) {
      assertThat(futures.get(i).get(5, TimeUnit.SECONDS)).isEqualTo(i);
    }
    assertThat(seen).allMatch(s -> s.startsWith("bus-test:"));
    assertThat(seen)
        .containsExactly(
            seen.stream().sorted((a, b) -> order(a) - order(b)).toArray(String[]::new));
  }

  @Test
  void refusesWhenTheBusIsDownOrTheWorkerStopped() throws Exception {
    // Not started: no link yet.
    assertThat(rejection(worker.submit(bus -> 1))).isEqualTo("bus test is down (no link to idle)");
    start();
    worker.stop();
    thread.join(5000);
    assertThat(rejection(worker.submit(bus -> 1))).isEqualTo("bus test is stopped");
  }

  @Test
  void boundsTheQueueAndSkipsJobsTheirCallerCancelled() throws Exception {
    start();
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Boolean> blocker = worker.submit(bus -> release.await(5, TimeUnit.SECONDS));
    Thread.sleep(100);
    AtomicInteger ran = new AtomicInteger();
    List<CompletableFuture<Integer>> queued = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      queued.add(worker.submit(bus -> ran.incrementAndGet()));
    }
    assertThat(rejection(worker.submit(bus -> 0))).contains("has 16 jobs waiting already");
    queued.get(0).cancel(false);
    release.countDown();
    assertThat(blocker.get(5, TimeUnit.SECONDS)).isTrue();
    queued.get(15).get(5, TimeUnit.SECONDS);
    assertThat(ran.get()).isEqualTo(15);
  }

  private void start() {
    thread.start();
    await().atMost(Duration.ofSeconds(5)).until(worker::linkUp);
  }

  private static int order(String seen) {
    return Integer.parseInt(seen.substring(seen.indexOf(':') + 1));
  }

  private static String rejection(CompletableFuture<?> future) {
    assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(BusJobRejectedException.class);
    return future.handle((v, e) -> e.getMessage()).join();
  }
}
