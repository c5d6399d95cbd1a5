package io.solargw.gateway.soak;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The end of a soak: with the site clock stopped, waits until every device is available again and
 * every inverter's published lifetime counters equal what the simulator serves (within {@link
 * #TOLERANCE_KWH}), then says what is still wrong, if anything.
 */
final class Settling {

  /** Register resolution of the counters is 0.1 kWh; the MQTT deadband is 0.01 kWh. */
  static final double TOLERANCE_KWH = 0.05;

  private final Observations seen;
  private final ServedValues served;
  private final List<String> devices;
  private final int inverters;
  private long millis = -1;
  private int countersCompared;

  Settling(Observations seen, ServedValues served, List<String> devices, int inverters) {
    this.seen = seen;
    this.served = served;
    this.devices = devices;
    this.inverters = inverters;
  }

  void await(Duration atMost) throws InterruptedException {
    long start = System.currentTimeMillis();
    while (System.currentTimeMillis() - start < atMost.toMillis()) {
      if (unavailable().isEmpty() && counterMismatches().isEmpty()) {
        millis = System.currentTimeMillis() - start;
        return;
      }
      Thread.sleep(500);
    }
  }

  /** Devices whose latest availability is not {@code online}. */
  List<String> unavailable() {
    Map<String, String> a = seen.availability();
    return devices.stream().filter(id -> !"online".equals(a.get(id))).toList();
  }

  /** Lifetime counters whose published value is not the simulator's. */
  List<String> counterMismatches() {
    List<String> out = new ArrayList<>();
    int compared = 0;
    for (int i = 1; i <= inverters; i++) {
      String id = "inverter-" + i;
      JsonNode state = seen.state(id);
      if (state == null) {
        out.add(id + " published no state");
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = state.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getKey().endsWith("_total_kWh") || !e.getValue().isNumber()) {
          continue;
        }
        double published = e.getValue().doubleValue();
        double sim = served.latest(id, e.getKey()).orElse(Double.NaN);
        compared++;
        if (!(Math.abs(published - sim) <= TOLERANCE_KWH)) {
          out.add(id + " " + e.getKey() + " published " + published + ", simulator " + sim);
        }
      }
    }
    countersCompared = compared;
    return out;
  }

  /** How long settling took, -1 when it never did. */
  long millis() {
    return millis;
  }

  int countersCompared() {
    return countersCompared;
  }
}
