package io.solargw.gateway.bus;

import io.solargw.gateway.transport.Link;
import io.solargw.gateway.transport.ModbusTcpMaster;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread of a bus: keeps the link open (reconnecting with capped backoff when a port
 * disappears or a TCP connection drops) and runs the due device polls strictly one after another.
 * Jobs submitted by other threads (settings writes) run on this thread before the next due poll.
 * Different buses run in different workers, in parallel.
 */
public final class BusWorker implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(BusWorker.class);
  private static final long IDLE_CHECK_NANOS = 200_000_000L;

  private final String busName;
  private final BusLine line;
  private final List<DevicePoller> pollers;
  private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));
  private final BusCounters counters;
  private final BusJobs jobs;
  private volatile CycleListener cycles = CycleListener.NONE;
  private boolean inCycle;
  private final Set<DevicePoller> polledInCycle = new HashSet<>();
  private int silentPolls;
  private volatile boolean running = true;
  private volatile boolean linkUp;
  private volatile long lastSuccessNanos;

  /**
   * A worker on a byte bus (serial port, RS485-over-TCP converter).
   *
   * @param busName for logs and metrics
   * @param link the bus's link (opened by the worker)
   * @param timing gap, timeout, retries
   * @param counters the bus's counters
   * @param pollers the devices on the bus
   */
  public BusWorker(
      String busName,
      Link link,
      BusTiming timing,
      BusCounters counters,
      List<DevicePoller> pollers) {
    this(busName, new LinkLine(link, new BusTransactor(link, timing, counters)), counters, pollers);
  }

  private BusWorker(
      String busName, BusLine line, BusCounters counters, List<? extends DevicePoller> pollers) {
    this.busName = busName;
    this.line = line;
    this.counters = counters;
    this.pollers = List.copyOf(pollers);
    this.jobs = new BusJobs(busName);
  }

  /**
   * A worker on a Modbus TCP bus: the same scheduling, reconnect and statistics as a byte bus, with
   * Modbus requests going through {@code master} (its timing gives timeout, gap and retries).
   *
   * @param busName for logs and metrics
   * @param master the connection to the Modbus TCP gateway (opened by the worker)
   * @param counters the bus's counters
   * @param pollers the devices on the bus
   */
  public static BusWorker modbusTcp(
      String busName,
      ModbusTcpMaster master,
      BusCounters counters,
      List<? extends ModbusPoller> pollers) {
    return new BusWorker(
        busName, new ModbusTcpLine(new ModbusTcpChannel(master, counters)), counters, pollers);
  }

  @Override
  public void run() {
    Thread.currentThread().setName("bus-" + busName);
    try {
      while (running) {
        if (!line.isOpen() && !connect()) {
          continue;
        }
        // At most one job between two polls, so a stream of jobs cannot starve the polls.
        if (runJob() && !line.isOpen()) {
          continue;
        }
        DevicePoller next = nextDue();
        long wait = next == null ? IDLE_CHECK_NANOS : next.nextDueNanos() - System.nanoTime();
        if (wait > 0) {
          endCycle();
          jobs.await(Math.min(wait, IDLE_CHECK_NANOS) / 1_000_000L);
          continue;
        }
        if (polledInCycle.contains(next)) {
          // A saturated bus (polls due faster than one round takes) never idles: a round in
          // which every due device was polled once is a cycle all the same.
          endCycle();
        }
        if (!inCycle) {
          inCycle = true;
          cycles.cycleStarted(busName, counters.snapshot(), System.nanoTime());
        }
        polledInCycle.add(next);
        pollOne(next);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      running = false;
      jobs.rejectAll("bus " + busName + " stopped");
      line.close();
    }
  }

  /**
   * Queues {@code job} to run on this bus's thread before the next due poll, strictly one job or
   * poll at a time. The future fails with {@link BusJobRejectedException} at once when the bus is
   * down, the worker stopped or {@link BusJobs#CAPACITY} jobs wait already, and later when the
   * worker stops or the link breaks before the job ran.
   */
  public <T> CompletableFuture<T> submit(BusJob<T> job) {
    if (!running) {
      return CompletableFuture.failedFuture(
          new BusJobRejectedException("bus " + busName + " is stopped"));
    }
    if (!linkUp) {
      return CompletableFuture.failedFuture(
          new BusJobRejectedException(
              "bus " + busName + " is down (no link to " + line.describe() + ")"));
    }
    CompletableFuture<T> future = jobs.submit(job);
    if (!running) {
      jobs.rejectAll("bus " + busName + " stopped");
    }
    return future;
  }

  private boolean runJob() throws InterruptedException {
    try {
      return jobs.runNext(line);
    } catch (IOException e) {
      LOG.warn("bus {}: link lost during a job: {}", busName, e.getMessage());
      line.close();
      linkUp = false;
      jobs.rejectAll("bus " + busName + " is down: " + e.getMessage());
      return true;
    } catch (RuntimeException e) {
      // A bug in the job, not a bus fault: its future carries it; keep the bus alive.
      LOG.error("bus {}: a job failed", busName, e);
      return true;
    }
  }

  /** Sets who is told about poll cycles (statistics, the debug summary line). */
  public void setCycleListener(CycleListener listener) {
    this.cycles = listener;
  }

  private void endCycle() {
    polledInCycle.clear();
    if (inCycle) {
      inCycle = false;
      cycles.cycleEnded(busName, counters.snapshot(), System.nanoTime());
    }
  }

  /** Asks the worker to stop after the current transaction. */
  public void stop() {
    running = false;
  }

  /** True while the link is open. */
  public boolean linkUp() {
    return linkUp;
  }

  /** System.nanoTime() of the last completed device poll, 0 if none yet. */
  public long lastSuccessNanos() {
    return lastSuccessNanos;
  }

  /** The devices polled on this bus. */
  public List<DevicePoller> pollers() {
    return pollers;
  }

  /** The bus name. */
  public String busName() {
    return busName;
  }

  private boolean connect() throws InterruptedException {
    try {
      line.open();
      linkUp = true;
      backoff.reset();
      LOG.info("bus {}: connected to {}", busName, line.describe());
      return true;
    } catch (IOException e) {
      missDuePolls(e.getMessage());
      Duration wait = backoff.next();
      if (linkUp || wait.getSeconds() <= 1) {
        LOG.warn("bus {}: {}; retrying in {} s", busName, e.getMessage(), wait.getSeconds());
      }
      linkUp = false;
      jobs.rejectAll("bus " + busName + " is down: " + e.getMessage());
      endCycle();
      Thread.sleep(wait.toMillis());
      return false;
    }
  }

  private void pollOne(DevicePoller poller) throws InterruptedException {
    try {
      if (line.poll(poller)) {
        lastSuccessNanos = System.nanoTime();
        silentPolls = 0;
      } else if (++silentPolls >= silentLimit()) {
        // Nobody answers: the link may be dead without having said so (a converter that lost power
        // sends no FIN; a re-enumerated USB adapter). Reopening costs little and fixes both.
        LOG.warn(
            "bus {}: no device answered in {} polls; reopening {}",
            busName,
            silentPolls,
            line.describe());
        silentPolls = 0;
        line.close();
        linkUp = false;
      }
    } catch (IOException e) {
      LOG.warn("bus {}: link lost during {}: {}", busName, poller.deviceId(), e.getMessage());
      line.close();
      linkUp = false;
      poller.missed("bus " + busName + " is down: " + e.getMessage());
    } catch (RuntimeException e) {
      // A bug, not a bus fault: fail this poll only, keep the bus alive, show where.
      LOG.error("bus {}: poll of {} failed", busName, poller.deviceId(), e);
    }
  }

  /** While the link is down, due devices count failed cycles instead of silently waiting. */
  private void missDuePolls(String reason) {
    long now = System.nanoTime();
    for (DevicePoller p : pollers) {
      if (p.nextDueNanos() - now <= 0) {
        p.missed("bus " + busName + " is down: " + reason);
      }
    }
  }

  private int silentLimit() {
    return Math.max(3, pollers.size() + 1);
  }

  private DevicePoller nextDue() {
    DevicePoller best = null;
    for (DevicePoller p : pollers) {
      if (best == null || p.nextDueNanos() - best.nextDueNanos() < 0) {
        best = p;
      }
    }
    return best;
  }
}
