package io.solargw.sim.internal;

import io.solargw.sim.site.SiteModel;
import io.solargw.sim.site.SiteState;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the site model (which is not thread-safe) and advances it: on its own thread at {@code
 * speed} simulated seconds per wall second, or by hand. Changes from other threads (settings
 * written on a bus, scenarios) are queued and applied before the next step, so no bus thread ever
 * waits for the model; every new state goes to the listeners (the devices).
 */
public final class SiteDriver implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SiteDriver.class);

  private final SiteModel site;
  private final double speed;
  private final List<Consumer<SiteState>> listeners;
  private final Queue<Consumer<SiteModel>> pending = new ConcurrentLinkedQueue<>();
  private ScheduledExecutorService clock;
  private long lastNanos;

  /**
   * @param site the model
   * @param speed simulated seconds per wall second; 0 = only {@link #advance} moves time
   * @param listeners told every new state, in order
   */
  public SiteDriver(SiteModel site, double speed, List<Consumer<SiteState>> listeners) {
    if (!(speed >= 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("speed must be 0 or more, got " + speed);
    }
    this.site = site;
    this.speed = speed;
    this.listeners = List.copyOf(listeners);
  }

  /** Starts the clock thread (no-op at speed 0), stepping every {@code tick}. */
  public synchronized void start(Duration tick) {
    if (speed == 0 || clock != null) {
      return;
    }
    clock =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "site-driver");
              t.setDaemon(true);
              return t;
            });
    lastNanos = System.nanoTime();
    long ms = Math.max(1, tick.toMillis());
    clock.scheduleAtFixedRate(this::tick, ms, ms, TimeUnit.MILLISECONDS);
  }

  private void tick() {
    try {
      long now = System.nanoTime();
      double wall;
      synchronized (this) {
        wall = (now - lastNanos) / 1e9;
        lastNanos = now;
      }
      advance(wall * speed);
    } catch (RuntimeException e) {
      LOG.error("site step failed; the simulation keeps running", e);
    }
  }

  /** Queues a change of the model, applied before the next step. */
  public void later(Consumer<SiteModel> change) {
    pending.add(change);
  }

  /**
   * Applies queued changes, advances by {@code seconds} (0 republishes) and tells the listeners.
   */
  public synchronized SiteState advance(double seconds) {
    for (Consumer<SiteModel> c; (c = pending.poll()) != null; ) {
      c.accept(site);
    }
    SiteState s = site.advance(seconds);
    listeners.forEach(l -> l.accept(s));
    return s;
  }

  /** The latest state. */
  public synchronized SiteState state() {
    return site.state();
  }

  @Override
  public synchronized void close() {
    if (clock != null) {
      clock.shutdownNow();
      clock = null;
    }
  }
}
