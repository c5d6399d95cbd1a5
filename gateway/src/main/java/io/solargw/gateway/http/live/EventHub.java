package io.solargw.gateway.http.live;

import io.solargw.gateway.http.EventSink;
import io.solargw.gateway.http.StreamRoute;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the live state to every connected page as Server-Sent Events. Bus threads only raise a flag
 * ({@link #changed()}); on the HTTP thread each tick builds one event when the state changed (at
 * most one per {@code minGap}, and at least one per {@code maxGap} so ages and bus health move) and
 * hands the same text to every client. A client whose buffer is full is skipped — each event is the
 * whole state, so it loses nothing but intermediate steps — and closed once it has been full for
 * {@code slowLimit}. Memory per client is therefore bounded by the server's write buffer.
 */
public final class EventHub implements StreamRoute {

  private static final Logger LOG = LoggerFactory.getLogger(EventHub.class);

  /** Reconnection delay the browser is told to use after a drop. */
  static final int RETRY_MILLIS = 3000;

  /**
   * When and how much the hub sends.
   *
   * @param tick how often the hub looks for work
   * @param minGap shortest time between two events
   * @param maxGap longest time without an event while clients are connected
   * @param slowLimit how long a client may stay unable to take data before it is closed
   * @param maxClients clients served at once; more are refused (503)
   */
  public record Limits(
      Duration tick, Duration minGap, Duration maxGap, Duration slowLimit, int maxClients) {

    /** The gateway's: ticks of 250 ms, events 0.5..5 s apart, 30 s for slow clients, 16 clients. */
    public static final Limits DEFAULT =
        new Limits(
            Duration.ofMillis(250),
            Duration.ofMillis(500),
            Duration.ofSeconds(5),
            Duration.ofSeconds(30),
            16);

    /** Validates. */
    public Limits {
      if (maxClients < 1 || maxClients > 1000) {
        throw new IllegalArgumentException("maxClients must be in 1..1000, got " + maxClients);
      }
      if (tick.isNegative()
          || tick.isZero()
          || minGap.isNegative()
          || maxGap.compareTo(minGap) < 0) {
        throw new IllegalArgumentException("need tick > 0 and 0 <= minGap <= maxGap");
      }
    }
  }

  private final Supplier<String> state;
  private final Limits limits;
  private final LongSupplier nanoTime;
  private final AtomicBoolean changed = new AtomicBoolean(true);
  // Changed on the HTTP thread only; concurrent so that tests and metrics may read it.
  private final Map<EventSink, Long> clients = new ConcurrentHashMap<>();
  private long lastEventNanos;
  private long eventId;
  private boolean refusing;
  private final AtomicLong built = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();

  /**
   * A hub sending {@code state} (one line of JSON, built on the HTTP thread).
   *
   * @param nanoTime monotonic clock ({@code System::nanoTime})
   */
  public EventHub(Supplier<String> state, Limits limits, LongSupplier nanoTime) {
    this.state = state;
    this.limits = limits;
    this.nanoTime = nanoTime;
    this.lastEventNanos = nanoTime.getAsLong();
  }

  /** The state changed: the next tick sends it. Any thread; never blocks. */
  public void changed() {
    changed.set(true);
  }

  @Override
  public boolean open(EventSink client) {
    prune();
    if (clients.size() >= limits.maxClients()) {
      if (!refusing) { // once per episode: a refused browser retries every few seconds
        LOG.warn("live page: refusing clients, {} are connected already", clients.size());
        refusing = true;
      }
      return false;
    }
    refusing = false;
    clients.put(client, 0L); // counted before its first byte goes out
    client.send("retry: " + RETRY_MILLIS + "\n\n" + event(state.get()));
    built.incrementAndGet();
    return true;
  }

  @Override
  public void tick() {
    prune();
    long now = nanoTime.getAsLong();
    long since = now - lastEventNanos;
    if (clients.isEmpty()) {
      return; // nothing is built while nobody watches
    }
    boolean due =
        changed.get() && since >= limits.minGap().toNanos() || since >= limits.maxGap().toNanos();
    if (!due) {
      return;
    }
    changed.set(false);
    lastEventNanos = now;
    String text = event(state.get());
    built.incrementAndGet();
    List<EventSink> slow = new ArrayList<>();
    for (Map.Entry<EventSink, Long> e : clients.entrySet()) {
      EventSink c = e.getKey();
      if (c.writable()) {
        c.send(text);
        e.setValue(0L);
      } else if (e.getValue() == 0L) {
        e.setValue(now);
      } else if (now - e.getValue() >= limits.slowLimit().toNanos()) {
        slow.add(c);
      }
    }
    for (EventSink c : slow) {
      clients.remove(c);
      c.close();
      dropped.incrementAndGet();
      LOG.info(
          "live page: closed a client that took no data for {} s", limits.slowLimit().toSeconds());
    }
  }

  @Override
  public Duration tickEvery() {
    return limits.tick();
  }

  /** Clients connected now (as of the last tick). */
  public int clients() {
    return clients.size();
  }

  /** How many times the state was built (once per event, whatever the number of clients). */
  public long built() {
    return built.get();
  }

  /** Clients closed for being too slow, since start. */
  public long dropped() {
    return dropped.get();
  }

  private void prune() {
    clients.keySet().removeIf(c -> !c.open());
  }

  /** One {@code state} event; {@code json} is a single line, so it fits one {@code data:} line. */
  private String event(String json) {
    if (json.indexOf('\n') >= 0 || json.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("event data must be one line");
    }
    return "id: " + ++eventId + "\nevent: state\ndata: " + json + "\n\n";
  }
}
