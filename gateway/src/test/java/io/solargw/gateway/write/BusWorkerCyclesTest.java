package io.solargw.gateway.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.solargw.gateway.bus.BusCounters;
import io.solargw.gateway.bus.BusTiming;
import io.solargw.gateway.bus.BusTransactor;
import io.solargw.gateway.bus.BusWorker;
import io.solargw.gateway.bus.CycleListener;
import io.solargw.gateway.bus.DevicePoller;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Cycle statistics on a saturated bus: when polls fall due faster than one round of the devices
 * takes, the bus never idles, yet every round in which each device was polled once is a cycle.
 */
class BusWorkerCyclesTest {

  /** A device that answers at once and is due again as soon as it was polled. */
  private static final class Eager implements DevicePoller {
    private final String id;
    private final Map<String, AtomicInteger> polls;
    private volatile long due = System.nanoTime();

    Eager(String id, Map<String, AtomicInteger> polls) {
      this.id = id;
      this.polls = polls;
    }

    @Override
    public String deviceId() {
      return id;
    }

    @Override
    public long nextDueNanos() {
      return due;
    }

    @Override
    public boolean poll(BusTransactor bus) throws InterruptedException {
      polls.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
      Thread.sleep(1);
      due = System.nanoTime();
      return true;
    }

    @Override
    public void missed(String reason) {}
  }

  @Test
  void aBusThatNeverIdlesStillEndsOneCyclePerRound() throws Exception {
    Map<String, AtomicInteger> polls = new ConcurrentHashMap<>();
    AtomicInteger ended = new AtomicInteger();
    BusWorker worker =
        new BusWorker(
            "busy",
            new IdleLink(),
            new BusTiming(Duration.ofMillis(100), Duration.ZERO, 0),
            new BusCounters(),
            List.of(new Eager("a", polls), new Eager("b", polls), new Eager("c", polls)));
    worker.setCycleListener(
        new CycleListener() {
          @Override
          public void cycleStarted(String bus, BusCounters.Snapshot counters, long nanoTime) {}

          @Override
          public void cycleEnded(String bus, BusCounters.Snapshot counters, long nanoTime) {
            ended.incrementAndGet();
          }
        });
    Thread thread = new Thread(worker);
    thread.start();
    try {
      await().atMost(Duration.ofSeconds(10)).until(() -> ended.get() >= 5);
    } finally {
      worker.stop();
      thread.interrupt();
      thread.join(5000);
    }
    int rounds = polls.values().stream().mapToInt(AtomicInteger::get).min().orElse(0);
    assertThat(polls).containsOnlyKeys("a", "b", "c");
    // One cycle per round of three polls, give or take the round running when it stopped.
    assertThat(ended.get()).isBetween(rounds - 1, rounds + 1);
  }
}
