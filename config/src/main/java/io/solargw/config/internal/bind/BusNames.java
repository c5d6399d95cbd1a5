package io.solargw.config.internal.bind;

import io.solargw.config.BusProtocol;
import io.solargw.config.internal.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks configured bus names for duplicates and gives unnamed buses a free default. */
final class BusNames {

  /**
   * What is read of a bus before the rest: the default names depend on every bus's protocol.
   *
   * @param fields the bus mapping
   * @param protocol its protocol (configured or default)
   * @param name its configured name, if valid
   */
  record Head(Fields fields, BusProtocol protocol, Optional<String> name) {}

  private BusNames() {}

  /**
   * One name per bus: the configured one, or the protocol's keyword ({@code inverter}, {@code bms},
   * {@code can}), then {@code inverter-2}, ... skipping names configured anywhere.
   */
  static List<String> assign(List<Head> buses) {
    Map<String, Integer> firstUse = new HashMap<>();
    Set<String> taken = new HashSet<>();
    buses.forEach(bus -> bus.name().ifPresent(taken::add));
    List<String> names = new ArrayList<>();
    for (int i = 0; i < buses.size(); i++) {
      Optional<String> name = buses.get(i).name();
      if (name.isPresent()) {
        Integer first = firstUse.putIfAbsent(name.get(), i);
        if (first != null) {
          Origin at = buses.get(first).fields().origin("name");
          buses
              .get(i)
              .fields()
              .error(
                  "name",
                  "'"
                      + name.get()
                      + "' is already the name of buses["
                      + first
                      + "] ("
                      + at.where()
                      + "); bus names must be unique (they appear in MQTT topics)");
        }
        names.add(name.get());
      } else {
        String keyword = buses.get(i).protocol().keyword();
        String candidate = keyword;
        for (int n = 2; taken.contains(candidate); n++) {
          candidate = keyword + "-" + n;
        }
        taken.add(candidate);
        names.add(candidate);
      }
    }
    return dedupe(names);
  }

  /** Duplicates were reported; make the names distinct so the records can still be built. */
  private static List<String> dedupe(List<String> names) {
    Set<String> seen = new HashSet<>();
    List<String> distinct = new ArrayList<>();
    for (String name : names) {
      String candidate = name;
      for (int n = 2; !seen.add(candidate); n++) {
        candidate = (name.length() > 28 ? name.substring(0, 28) : name) + "-" + n;
      }
      distinct.add(candidate);
    }
    return distinct;
  }
}
