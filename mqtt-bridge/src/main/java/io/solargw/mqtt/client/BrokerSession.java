package io.solargw.mqtt.client;

import io.solargw.mqtt.client.internal.Backoff;
import io.solargw.mqtt.client.internal.Outbox;
import io.solargw.mqtt.client.internal.Outbox.Message;
import io.solargw.mqtt.client.internal.PahoLink;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A broker connection that stays up: connects in the background, announces {@code online}
 * (retained) on the status topic with {@code offline} as its last will, re-subscribes, and
 * reconnects with capped exponential backoff after a loss. Publishing never blocks: messages go
 * through a bounded {@link Outbox} drained by one publisher thread while connected, so whatever is
 * published while the broker is away is delivered (latest per retained topic) when it returns.
 */
public final class BrokerSession implements Outlet, AutoCloseable {

  /** Receives messages of subscribed topics, on a Paho thread: must not block. */
  public interface MessageHandler {
    /** One message. */
    void handle(String topic, byte[] payload, boolean retained);
  }

  private static final Logger LOG = LoggerFactory.getLogger(BrokerSession.class);
  private static final long CLOSE_DRAIN_MILLIS = 2_000;

  private final BrokerSettings settings;
  private final String statusTopic;
  private final Function<BrokerLink.Listener, BrokerLink> links;
  private final Backoff backoff;
  private final Outbox outbox;
  private final List<String> filters = new CopyOnWriteArrayList<>();
  private final List<Runnable> connectedHooks = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService connector;
  private final Thread publisher;
  private final AtomicLong publishes = new AtomicLong();
  private final AtomicLong reconnects = new AtomicLong();
  private volatile MessageHandler handler = (topic, payload, retained) -> {};
  private volatile BrokerLink link;
  private volatile boolean everConnected;
  private volatile boolean closed;
  private int attempt;

  /** A session over Paho. */
  public static BrokerSession paho(BrokerSettings settings, String statusTopic) {
    return new BrokerSession(settings, statusTopic, l -> new PahoLink(settings, l));
  }

  /**
   * A session over any link factory (tests use a fake).
   *
   * @param statusTopic where {@code online} is published on connect and {@code offline} is the will
   * @param links makes a fresh link for each connection attempt
   */
  public BrokerSession(
      BrokerSettings settings,
      String statusTopic,
      Function<BrokerLink.Listener, BrokerLink> links) {
    this.settings = settings;
    this.statusTopic = statusTopic;
    this.links = links;
    this.backoff = new Backoff(settings.backoffInitial(), settings.backoffMax());
    this.outbox = new Outbox(settings.maxBufferedTopics(), settings.maxBufferedEvents());
    this.connector = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "mqtt-connect"));
    this.publisher = daemon(this::drain, "mqtt-publish");
  }

  /** Handles messages of subscribed topics. Set before {@link #start()}. */
  public void onMessage(MessageHandler messageHandler) {
    this.handler = messageHandler;
  }

  /** Runs after every successful (re)connection, on the connector thread. */
  public void onConnected(Runnable hook) {
    connectedHooks.add(hook);
  }

  /** Subscribes now if connected, and again after every reconnection. */
  public void subscribe(String filter) {
    filters.add(filter);
    BrokerLink current = link;
    if (current != null) {
      try {
        current.subscribe(filter);
      } catch (LinkException e) {
        lost(current, e.getMessage());
      }
    }
  }

  /** Starts connecting in the background. */
  public void start() {
    publisher.start();
    connector.execute(this::connectOnce);
  }

  @Override
  public void publishRetained(String topic, String payload) {
    offer(new Message(topic, payload, true));
  }

  @Override
  public void publishTransient(String topic, String payload) {
    offer(new Message(topic, payload, false));
  }

  /** The counters now. */
  public SessionMetrics metrics() {
    return new SessionMetrics(
        link != null, publishes.get(), outbox.dropped(), reconnects.get(), outbox.size());
  }

  /** Whether the broker connection is up. */
  public boolean connected() {
    return link != null;
  }

  /**
   * Sends what is waiting (up to 2 s), publishes {@code offline} on the status topic, disconnects
   * cleanly and stops the threads.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    try {
      if (link != null) {
        outbox.awaitEmpty(CLOSE_DRAIN_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    closed = true;
    outbox.close();
    connector.shutdownNow();
    BrokerLink current = link;
    link = null;
    if (current != null) {
      try {
        current.publish(statusTopic, bytes("offline"), true);
      } catch (LinkException e) {
        LOG.debug("could not publish offline before disconnecting: {}", e.getMessage());
      }
      current.disconnect();
    }
    publisher.interrupt();
  }

  private void offer(Message message) {
    if (!outbox.offer(message)) {
      LOG.debug("MQTT buffer full, dropped a message for {}", message.topic());
    }
  }

  private void connectOnce() {
    if (closed) {
      return;
    }
    Listener listener = new Listener();
    BrokerLink candidate = links.apply(listener);
    listener.owner = candidate;
    try {
      candidate.connect(statusTopic, "offline");
      candidate.publish(statusTopic, bytes("online"), true);
      for (String filter : filters) {
        candidate.subscribe(filter);
      }
    } catch (LinkException e) {
      candidate.close();
      retryLater(
          "MQTT connection to "
              + settings.host()
              + ":"
              + settings.port()
              + " failed: "
              + e.getMessage());
      return;
    }
    attempt = 0;
    link = candidate;
    if (everConnected) {
      reconnects.incrementAndGet();
    }
    everConnected = true;
    LOG.info(
        "MQTT connected to {}:{} as {}", settings.host(), settings.port(), settings.clientId());
    // open first: the hooks' full republish is drained while it is queued, never cut by the bound
    outbox.open(true);
    connectedHooks.forEach(BrokerSession::runQuietly);
  }

  private void retryLater(String why) {
    if (closed) {
      return;
    }
    attempt++;
    long wait = backoff.delay(attempt).toMillis();
    LOG.warn("{}; retrying in {} ms", why, wait);
    try {
      connector.schedule(this::connectOnce, wait, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // closed meanwhile
    }
  }

  /**
   * The link broke: stop sending, then close it and reconnect later on the connector thread (never
   * on Paho's callback thread, where closing the client could wait for itself). Once per link.
   */
  private void lost(BrokerLink broken, String reason) {
    synchronized (this) {
      if (closed || link != broken || broken == null) {
        return;
      }
      link = null;
      outbox.open(false);
    }
    try {
      connector.execute(
          () -> {
            broken.close();
            retryLater("MQTT connection lost: " + reason);
          });
    } catch (RejectedExecutionException e) {
      broken.close();
    }
  }

  private void drain() {
    while (!closed) {
      Optional<Message> next;
      try {
        next = outbox.next();
      } catch (InterruptedException e) {
        return;
      }
      if (next.isEmpty()) {
        return;
      }
      Message message = next.get();
      BrokerLink current = link;
      try {
        if (current == null) {
          throw new LinkException("not connected");
        }
        current.publish(message.topic(), bytes(message.payload()), message.retained());
        publishes.incrementAndGet();
        outbox.sent();
      } catch (LinkException e) {
        outbox.putBack(message);
        lost(current, e.getMessage());
      }
    }
  }

  private static void runQuietly(Runnable hook) {
    try {
      hook.run();
    } catch (RuntimeException e) {
      LOG.error("MQTT on-connect hook failed", e);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Thread daemon(Runnable runnable, String name) {
    Thread thread = new Thread(runnable, name);
    thread.setDaemon(true);
    return thread;
  }

  /** Forwards a link's reports to this session; reports of a replaced link are ignored. */
  private final class Listener implements BrokerLink.Listener {
    private volatile BrokerLink owner;

    @Override
    public void messageArrived(String topic, byte[] payload, boolean retained) {
      handler.handle(topic, payload, retained);
    }

    @Override
    public void connectionLost(String reason) {
      lost(owner, reason);
    }
  }
}
