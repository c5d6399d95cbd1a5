package io.solargw.mqtt;

import io.solargw.mqtt.client.BrokerSession;
import io.solargw.mqtt.command.CommandProcessor;
import io.solargw.mqtt.internal.StatePublisher;
import io.solargw.mqtt.topic.TopicTree;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The MQTT side of the gateway: hand it device states, it publishes state, availability, events and
 * Home Assistant discovery, keeps the broker connection up, and turns commands into settings writes
 * through the runtime's {@link SettingWriter}.
 *
 * <pre>
 * MqttBridge bridge = MqttBridge.start(settings, writer);
 * bridge.configuredDevices(Set.of("gateway", "inverter-stack", "inverter-1", ...));
 * every poll cycle: bridge.publish(state) for each device; bridge.publishStats(fields)
 * on shutdown: bridge.close()
 * </pre>
 *
 * Thread-safe. Nothing here blocks on the broker: while it is away the latest state per topic waits
 * in a bounded buffer.
 */
public final class MqttBridge implements AutoCloseable {

  private static final int COMMAND_QUEUE = 64;

  private final BrokerSession session;
  private final StatePublisher publisher;
  private final CommandProcessor commands;
  private final ThreadPoolExecutor commandThread;
  private final ScheduledExecutorService timer;
  private final AtomicLong commandsOverflowed = new AtomicLong();

  private MqttBridge(
      BridgeSettings settings, SettingWriter writer, Clock clock, BrokerSession session) {
    this.session = session;
    this.publisher = new StatePublisher(settings, session, clock);
    TopicTree topics = publisher.topics();
    this.commands =
        new CommandProcessor(topics, settings.writes(), writer, publisher, session, clock);
    // one command at a time (writes never overlap on the bus); a flood beyond the queue is dropped
    this.commandThread =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(COMMAND_QUEUE),
            r -> daemon(r, "mqtt-commands"),
            (task, pool) -> commandsOverflowed.incrementAndGet());
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "mqtt-refresh"));
    session.onConnected(publisher::republishAll);
    session.onMessage(
        (topic, payload, retained) -> {
          if (topic.equals(topics.homeAssistantStatus())) {
            if ("online".equals(new String(payload, StandardCharsets.UTF_8).strip())) {
              timer.execute(publisher::republishAll);
            }
          } else {
            commandThread.execute(() -> commands.handle(topic, payload, retained));
          }
        });
    session.subscribe(topics.setFilter());
    session.subscribe(topics.homeAssistantStatus());
  }

  /** Connects to the broker in the background (Paho) and starts the refresh timer. */
  public static MqttBridge start(BridgeSettings settings, SettingWriter writer) {
    return start(settings, writer, Clock.systemUTC());
  }

  /** Like {@link #start(BridgeSettings, SettingWriter)} with a given clock. */
  public static MqttBridge start(BridgeSettings settings, SettingWriter writer, Clock clock) {
    TopicTree topics = new TopicTree(settings.baseTopic(), settings.discoveryPrefix());
    BrokerSession session = BrokerSession.paho(settings.broker(), topics.status());
    MqttBridge bridge = new MqttBridge(settings, writer, clock, session);
    bridge.timer.scheduleAtFixedRate(bridge.publisher::refreshDue, 1, 1, TimeUnit.SECONDS);
    session.start();
    return bridge;
  }

  /** Publishes a device state: events now; discovery, availability and state when due. */
  public void publish(DeviceState state) {
    publisher.accept(state);
  }

  /** Publishes several device states, in order. */
  public void publish(Collection<DeviceState> states) {
    states.forEach(publisher::accept);
  }

  /**
   * Declares the devices of the configuration: every device published before (also by an earlier
   * run, from the discovery ledger) that is not listed is removed from Home Assistant (empty
   * retained config, state and availability). Call once at start, and when the configuration
   * changes.
   *
   * @return the removed device ids
   */
  public Set<String> configuredDevices(Set<String> deviceIds) {
    return publisher.retainOnly(deviceIds);
  }

  /** Publishes {@code <base>/gateway/stats}: the runtime's cycle statistics plus MQTT counters. */
  public void publishStats(Map<String, ?> cycleStats) {
    publisher.publishStats(cycleStats, metrics().toJson());
  }

  /** The topic tree. */
  public TopicTree topics() {
    return publisher.topics();
  }

  /** The counters now. */
  public BridgeMetrics metrics() {
    var s = session.metrics();
    return new BridgeMetrics(
        s.connected(),
        s.publishes(),
        s.dropped(),
        s.reconnects(),
        s.buffered(),
        publisher.statesPublished(),
        publisher.eventsPublished(),
        commands.metrics(),
        commandsOverflowed.get());
  }

  /** Publishes {@code offline}, disconnects cleanly, stops the threads. */
  @Override
  public void close() {
    timer.shutdownNow();
    commandThread.shutdownNow();
    session.close();
  }

  private static Thread daemon(Runnable runnable, String name) {
    Thread thread = new Thread(runnable, name);
    thread.setDaemon(true);
    return thread;
  }
}
