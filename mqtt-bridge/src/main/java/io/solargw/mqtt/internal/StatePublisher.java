package io.solargw.mqtt.internal;

import io.solargw.mqtt.BridgeSettings;
import io.solargw.mqtt.DeviceKind;
import io.solargw.mqtt.DeviceState;
import io.solargw.mqtt.client.Outlet;
import io.solargw.mqtt.command.DeviceDirectory;
import io.solargw.mqtt.discovery.DiscoveryContext;
import io.solargw.mqtt.discovery.DiscoveryLedger;
import io.solargw.mqtt.discovery.DiscoveryPublisher;
import io.solargw.mqtt.payload.ChangeGate;
import io.solargw.mqtt.payload.CodeTracker;
import io.solargw.mqtt.payload.Json;
import io.solargw.mqtt.payload.StateDocument;
import io.solargw.mqtt.topic.TopicTree;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Everything the bridge publishes about devices, independent of the connection: events on every
 * state, discovery when entities change, state and availability when the {@link ChangeGate} says
 * so, full republishes on (re)connect and on Home Assistant's restart, removals. Thread-safe: all
 * mutations run under this object's lock; the outlet never blocks.
 */
public final class StatePublisher implements DeviceDirectory {

  private final TopicTree topics;
  private final Outlet outlet;
  private final Clock clock;
  private final ChangeGate gate;
  private final CodeTracker codes = new CodeTracker();
  private final DiscoveryPublisher discovery;
  private final Map<String, DeviceState> latest = new ConcurrentHashMap<>();
  private volatile Set<String> configured = Set.of();
  private final AtomicLong statesPublished = new AtomicLong();
  private final AtomicLong eventsPublished = new AtomicLong();

  /** A publisher for these settings, reading the discovery ledger now. */
  public StatePublisher(BridgeSettings settings, Outlet outlet, Clock clock) {
    this.topics = new TopicTree(settings.baseTopic(), settings.discoveryPrefix());
    this.outlet = outlet;
    this.clock = clock;
    this.gate = new ChangeGate(settings.deadbands(), settings.refresh());
    DiscoveryContext context =
        new DiscoveryContext(
            topics, settings.gatewayId(), settings.writes(), settings.softwareVersion());
    this.discovery =
        new DiscoveryPublisher(
            context,
            outlet,
            new DiscoveryLedger(settings.persistenceDirectory(), settings.gatewayId()),
            settings.discovery());
  }

  /** The topic tree. */
  public TopicTree topics() {
    return topics;
  }

  /** Takes a new state: events now; discovery, availability and state if due. */
  public synchronized void accept(DeviceState state) {
    latest.put(state.id(), state);
    for (Map<String, Object> event : codes.update(state)) {
      outlet.publishTransient(topics.event(state.id()), Json.write(event));
      eventsPublished.incrementAndGet();
    }
    discovery.offer(state);
    if (gate.decide(state, clock.instant()) != ChangeGate.Decision.SKIP) {
      publishState(state);
    }
  }

  /** Republishes the states whose refresh period has passed. */
  public synchronized void refreshDue() {
    Instant now = clock.instant();
    for (DeviceState state : latest.values()) {
      if (gate.decide(state, now) == ChangeGate.Decision.REFRESH) {
        publishState(state);
      }
    }
  }

  /** Republishes discovery, then every availability and state (after a connect, HA restart). */
  public synchronized void republishAll() {
    discovery.republishAll();
    latest.values().forEach(this::publishState);
  }

  /**
   * Removes every device not in {@code deviceIds} from Home Assistant and the broker.
   *
   * @return the removed ids
   */
  public synchronized Set<String> retainOnly(Set<String> deviceIds) {
    configured = Set.copyOf(deviceIds);
    Set<String> removed = discovery.retainOnly(deviceIds);
    latest.keySet().removeIf(id -> !deviceIds.contains(id));
    for (String id : removed) {
      gate.forget(id);
      codes.forget(id);
    }
    return removed;
  }

  /**
   * Publishes {@code <base>/gateway/stats}: a timestamp, the runtime's fields, then {@code mqtt}.
   */
  public void publishStats(Map<String, ?> fields, Map<String, Object> mqtt) {
    Map<String, Object> json = new java.util.LinkedHashMap<>();
    json.put(
        "timestamp", clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
    json.putAll(fields);
    json.put("mqtt", mqtt);
    outlet.publishRetained(topics.stats(), Json.write(json));
  }

  /** States published since start. */
  public long statesPublished() {
    return statesPublished.get();
  }

  /** Events published since start. */
  public long eventsPublished() {
    return eventsPublished.get();
  }

  /** Device ids with published discovery. */
  public Set<String> discovered() {
    return discovery.published();
  }

  @Override
  public boolean configured(String deviceId) {
    return configured.contains(deviceId);
  }

  @Override
  public Optional<DeviceState> find(String deviceId) {
    return Optional.ofNullable(latest.get(deviceId));
  }

  @Override
  public List<DeviceState> unitsOf(String aggregateId) {
    return latest.values().stream()
        .filter(s -> s.kind() == DeviceKind.INVERTER && s.viaDevice().equals(aggregateId))
        .sorted(Comparator.comparing(DeviceState::id))
        .toList();
  }

  private void publishState(DeviceState state) {
    outlet.publishRetained(topics.availability(state.id()), state.availability().topicPayload());
    outlet.publishRetained(topics.state(state.id()), StateDocument.text(state));
    gate.published(state, clock.instant());
    statesPublished.incrementAndGet();
  }
}
