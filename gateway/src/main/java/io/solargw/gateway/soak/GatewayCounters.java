package io.solargw.gateway.soak;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The gateway's own counters ({@code <bus>_transactions}, {@code _timeouts}, {@code _errors},
 * {@code uncaught_exceptions}, {@code threads_dead}) from its {@code gateway} state, summed over
 * its lives: a restart starts them at 0 again, recognised by {@code uptime_s} going back.
 */
final class GatewayCounters {

  private final Map<String, Long> earlierLives = new TreeMap<>();
  private Map<String, Long> current = new TreeMap<>();
  private double lastUptime = -1;
  private int lives;

  void add(JsonNode state) {
    double uptime = state.path("uptime_s").asDouble();
    if (uptime < lastUptime || lives == 0) {
      current.forEach((k, v) -> earlierLives.merge(k, v, Long::sum));
      current = new TreeMap<>();
      lives++;
    }
    lastUptime = uptime;
    for (Iterator<Map.Entry<String, JsonNode>> it = state.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String k = e.getKey();
      if (e.getValue().isIntegralNumber()
          && (k.endsWith("_transactions")
              || k.endsWith("_timeouts")
              || k.endsWith("_errors")
              || k.equals("uncaught_exceptions")
              || k.equals("threads_dead"))) {
        current.merge(k, e.getValue().asLong(), Math::max);
      }
    }
  }

  /** Each counter summed over every life of the gateway seen so far. */
  Map<String, Long> totals() {
    Map<String, Long> t = new TreeMap<>(earlierLives);
    current.forEach((k, v) -> t.merge(k, v, Long::sum));
    return t;
  }

  /** How many gateway processes reported (restarts + 1). */
  int lives() {
    return lives;
  }

  /** Whether the gateway has reported these counters at all (older versions do not). */
  boolean reportsThreadDeaths() {
    return current.containsKey("uncaught_exceptions");
  }
}
