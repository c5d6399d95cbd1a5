package io.solargw.mqtt.discovery;

import io.solargw.mqtt.Availability;
import io.solargw.mqtt.DeviceState;
import io.solargw.mqtt.client.Outlet;
import io.solargw.mqtt.payload.Json;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Publishes each device's discovery config (retained) when it first appears or its entities change,
 * republishes all on demand (connect, Home Assistant restart), and removes devices that are no
 * longer configured with an empty retained config. Only ONLINE states shape discovery, so an
 * offline device that reports no values keeps its entities. Not thread-safe: the bridge calls it
 * under its lock.
 */
public final class DiscoveryPublisher {

  private final DiscoveryContext context;
  private final Outlet outlet;
  private final DiscoveryLedger ledger;
  private final boolean enabled;
  private final Set<String> published;
  private final Map<String, DeviceState> shapes = new LinkedHashMap<>();
  private final Map<String, String> payloads = new HashMap<>();
  private final Map<String, Map<String, String>> platforms = new HashMap<>();

  /**
   * A publisher; the ledger is read now.
   *
   * @param enabled false publishes no discovery (removals are still done)
   */
  public DiscoveryPublisher(
      DiscoveryContext context, Outlet outlet, DiscoveryLedger ledger, boolean enabled) {
    this.context = context;
    this.outlet = outlet;
    this.ledger = ledger;
    this.enabled = enabled;
    this.published = new TreeSet<>(ledger.load());
  }

  /** Publishes the device's config if it is new or its entities changed. */
  public void offer(DeviceState state) {
    if (!enabled || state.availability() != Availability.ONLINE || state.values().isEmpty()) {
      return;
    }
    shapes.put(state.id(), state);
    publish(state, false);
  }

  /** Publishes every known device's config again. */
  public void republishAll() {
    if (enabled) {
      shapes.values().forEach(state -> publish(state, true));
    }
  }

  /**
   * Removes from Home Assistant every device published before (this run or an earlier one) that is
   * not in {@code deviceIds}: empty retained config, state and availability.
   *
   * @return the removed device ids
   */
  public Set<String> retainOnly(Set<String> deviceIds) {
    Set<String> removed = new LinkedHashSet<>(published);
    removed.addAll(shapes.keySet());
    removed.removeAll(deviceIds);
    for (String id : removed) {
      outlet.publishRetained(context.topics().discovery(context.deviceUid(id)), "");
      outlet.publishRetained(context.topics().state(id), "");
      outlet.publishRetained(context.topics().availability(id), "");
      shapes.remove(id);
      payloads.remove(id);
      platforms.remove(id);
    }
    if (published.removeAll(removed)) {
      ledger.save(published);
    }
    return removed;
  }

  /** The device ids whose config is published (as kept in the ledger). */
  public Set<String> published() {
    return Set.copyOf(published);
  }

  @SuppressWarnings("unchecked")
  private void publish(DeviceState state, boolean always) {
    Map<String, Object> document = DiscoveryDocument.of(state, context);
    Map<String, Object> cmps = (Map<String, Object>) document.get("cmps");
    Map<String, String> now = new LinkedHashMap<>();
    cmps.forEach((id, cmp) -> now.put(id, (String) ((Map<String, Object>) cmp).get("p")));
    String text = Json.write(document);
    if (!always && text.equals(payloads.get(state.id()))) {
      return;
    }
    // Home Assistant removes a component of a device config when it comes with its platform only
    Map<String, String> before = platforms.getOrDefault(state.id(), Map.of());
    before.forEach(
        (id, platform) -> {
          if (!now.containsKey(id)) {
            cmps.put(id, Map.of("p", platform));
          }
        });
    String payload =
        before.keySet().stream().allMatch(now::containsKey) ? text : Json.write(document);
    outlet.publishRetained(context.topics().discovery(context.deviceUid(state.id())), payload);
    payloads.put(state.id(), text);
    platforms.put(state.id(), now);
    if (published.add(state.id())) {
      ledger.save(published);
    }
  }
}
