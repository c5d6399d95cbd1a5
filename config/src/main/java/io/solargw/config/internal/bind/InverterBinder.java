package io.solargw.config.internal.bind;

import io.solargw.config.InverterBus;
import io.solargw.config.InverterConfig;
import io.solargw.config.Phase;
import io.solargw.config.internal.Origin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code inverters:} list of an inverter bus. */
final class InverterBinder {

  /** Where an address or name was first used, for "already used by ..." messages. */
  private record FirstUse(String path, Origin origin) {
    String describe() {
      return path + " (" + origin.where() + ")";
    }
  }

  private final Path base;
  private final Map<String, FirstUse> names = new HashMap<>();

  /**
   * @param base folder that relative profile paths start from
   */
  InverterBinder(Path base) {
    this.base = base;
  }

  /**
   * The inverters of one bus; without an {@code inverters} key a single inverter at address 1 (the
   * factory setting). Display names are checked across all buses bound by this binder.
   */
  List<InverterConfig> bind(Fields bus) {
    if (!bus.has("inverters")) {
      return List.of(InverterConfig.at(1));
    }
    List<Fields> items = bus.list("inverters");
    if (items.isEmpty()) {
      bus.error("inverters", "list at least one inverter, e.g. inverters: [{address: 1}]");
    }
    Map<Integer, FirstUse> addresses = new HashMap<>();
    List<InverterConfig> inverters = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Fields item = items.get(i);
      if (i == InverterBus.MAX_INVERTERS) {
        bus.problems()
            .error(
                item.origin("address"),
                item.path(),
                "a bus carries at most "
                    + InverterBus.MAX_INVERTERS
                    + " inverters (the largest parallel stack); this is number "
                    + (i + 1));
      }
      Optional<InverterConfig> inverter = inverter(item, addresses);
      if (i < InverterBus.MAX_INVERTERS) {
        inverter.ifPresent(inverters::add);
      }
    }
    return inverters.isEmpty() ? List.of(InverterConfig.at(1)) : inverters;
  }

  private Optional<InverterConfig> inverter(Fields item, Map<Integer, FirstUse> addresses) {
    Optional<Integer> address =
        item.require(
            "address",
            Scalars.integer(
                "a Modbus address", InverterConfig.MIN_ADDRESS, InverterConfig.MAX_ADDRESS),
            "set the inverter's Modbus address (1..247; units ship with 1)");
    Optional<String> name = item.get("name", Scalars.text(InverterConfig.MAX_NAME_LENGTH));
    Optional<Path> profile =
        item.get("profile", FileValues.path(base))
            .filter(file -> FileValues.requireFile(item, "profile", file));
    Optional<Phase> phase =
        item.get("phase", Scalars.choice("a phase", Arrays.asList(Phase.values()), Phase::keyword));
    name.ifPresent(
        n -> {
          FirstUse first = names.putIfAbsent(n, use(item, "name"));
          if (first != null) {
            item.error(
                "name",
                "'"
                    + n
                    + "' is already the name of "
                    + first.describe()
                    + "; names must be unique");
          }
        });
    if (address.isEmpty()) {
      return Optional.empty();
    }
    FirstUse first = addresses.putIfAbsent(address.get(), use(item, "address"));
    if (first != null) {
      item.error(
          "address",
          address.get()
              + " is already used by "
              + first.describe()
              + "; each inverter on a bus needs its own Modbus address");
      return Optional.empty();
    }
    return Optional.of(new InverterConfig(address.get(), name, profile, phase));
  }

  private static FirstUse use(Fields item, String key) {
    return new FirstUse(item.path(key), item.origin(key));
  }
}
