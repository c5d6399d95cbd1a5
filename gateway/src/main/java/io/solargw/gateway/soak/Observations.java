package io.solargw.gateway.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Everything the soak saw on MQTT, checked as it arrives: every published device value against what
 * the simulator served, every lifetime counter against its previous value, the latest availability
 * of every device, and the gateway's own counters summed over its restarts.
 */
final class Observations {

  private static final int MAX_EXAMPLES = 5;

  private final String base;
  private final ServedValues served;
  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, String> availability = new ConcurrentHashMap<>();
  private final Map<String, JsonNode> states = new ConcurrentHashMap<>();
  private final Map<String, Double> counters = new ConcurrentHashMap<>();
  private final Set<String> unchecked = new TreeSet<>();
  private final List<String> foreign = new ArrayList<>();
  private final List<String> backwards = new ArrayList<>();
  private final GatewayCounters gateway = new GatewayCounters();
  private final AtomicLong statesReceived = new AtomicLong();
  private final AtomicLong valuesReceived = new AtomicLong();
  private final AtomicLong valuesChecked = new AtomicLong();
  private final AtomicLong foreignCount = new AtomicLong();
  private final AtomicLong backwardsCount = new AtomicLong();
  private java.io.Writer record;

  Observations(String base, ServedValues served) {
    this.base = base;
    this.served = served;
  }

  /** Also appends every message received to {@code file} (for diagnosis). */
  synchronized void recordTo(java.nio.file.Path file) throws IOException {
    record = java.nio.file.Files.newBufferedWriter(file);
  }

  /** One MQTT message under the base topic (called on one thread, in arrival order). */
  synchronized void message(String topic, byte[] payload) {
    if (record != null) {
      try {
        record.write(
            java.time.Instant.now()
                + " "
                + topic
                + " "
                + new String(payload, java.nio.charset.StandardCharsets.UTF_8)
                + "\n");
        record.flush();
      } catch (IOException e) {
        record = null;
      }
    }
    if (!topic.startsWith(base + "/")) {
      return;
    }
    String[] parts = topic.substring(base.length() + 1).split("/");
    if (parts.length != 2) {
      return;
    }
    String device = parts[0];
    if (parts[1].equals("availability")) {
      availability.put(device, new String(payload, java.nio.charset.StandardCharsets.UTF_8));
    } else if (parts[1].equals("state")) {
      try {
        state(device, json.readTree(payload));
      } catch (IOException e) {
        example(foreign, foreignCount, device + ": state is not JSON: " + e.getMessage());
      }
    }
  }

  private void state(String device, JsonNode state) {
    statesReceived.incrementAndGet();
    states.put(device, state);
    if (device.equals("gateway")) {
      gateway.add(state);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = state.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isNumber()) {
        continue;
      }
      valuesReceived.incrementAndGet();
      double v = e.getValue().doubleValue();
      if (isLifetimeCounter(e.getKey())) {
        monotonic(device + "/" + e.getKey(), v, state.path("timestamp").asText());
      }
      if (device.startsWith("inverter-") && !device.endsWith("stack")) {
        checkServed(device, e.getKey(), v, state.path("timestamp").asText());
      }
    }
    if (device.startsWith("pack-") && state.path("cells_mV").isArray()) {
      List<Integer> cells = new ArrayList<>();
      state.path("cells_mV").forEach(c -> cells.add(c.intValue()));
      valuesChecked.addAndGet(cells.size());
      if (!served.servedCells(cells)) {
        example(
            foreign,
            foreignCount,
            device
                + " published cells_mV "
                + cells
                + " never served ("
                + state.path("timestamp").asText()
                + ")");
      }
    }
  }

  /** Lifetime counters: {@code *_total_kWh}, {@code *_total_Ah}, {@code *_total_days}. */
  static boolean isLifetimeCounter(String key) {
    return key.contains("_total_")
        && (key.endsWith("_kWh") || key.endsWith("_Ah") || key.endsWith("_days"));
  }

  private void checkServed(String device, String key, double v, String at) {
    if (!served.knows(device, key)) {
      unchecked.add(key);
      return;
    }
    valuesChecked.incrementAndGet();
    if (!served.served(device, key, v)) {
      example(
          foreign,
          foreignCount,
          device + " published " + key + " = " + v + ", never served (" + at + ")");
    }
  }

  private void monotonic(String counter, double v, String at) {
    Double before = counters.put(counter, v);
    if (before != null && v < before - 1e-9) {
      example(
          backwards,
          backwardsCount,
          counter + " went back from " + before + " to " + v + " (" + at + ")");
    }
  }

  private static void example(List<String> list, AtomicLong count, String text) {
    count.incrementAndGet();
    if (list.size() < MAX_EXAMPLES) {
      list.add(text);
    }
  }

  synchronized Map<String, String> availability() {
    return Map.copyOf(availability);
  }

  synchronized JsonNode state(String device) {
    return states.get(device);
  }

  synchronized GatewayCounters gateway() {
    return gateway;
  }

  synchronized List<String> foreign() {
    return List.copyOf(foreign);
  }

  synchronized List<String> backwards() {
    return List.copyOf(backwards);
  }

  synchronized Set<String> unchecked() {
    return Set.copyOf(unchecked);
  }

  long statesReceived() {
    return statesReceived.get();
  }

  long valuesReceived() {
    return valuesReceived.get();
  }

  long valuesChecked() {
    return valuesChecked.get();
  }

  long foreignCount() {
    return foreignCount.get();
  }

  long backwardsCount() {
    return backwardsCount.get();
  }
}
