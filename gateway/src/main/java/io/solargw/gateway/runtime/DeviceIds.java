package io.solargw.gateway.runtime;

import io.solargw.config.BmsBus;
import io.solargw.config.CanBus;
import io.solargw.config.GatewayConfig;
import io.solargw.config.InverterBus;
import io.solargw.config.InverterConfig;
import io.solargw.config.Phase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The device ids of a configuration, stable across restarts (they end up in MQTT topics and Home
 * Assistant unique ids): {@code inverter-<address>} (prefixed with the bus name when several
 * inverter buses exist), {@code pack-<address>}, {@code battery-can}.
 */
final class DeviceIds {

  static final String CAN = "battery-can";

  private DeviceIds() {}

  static String inverter(GatewayConfig config, InverterBus bus, InverterConfig inv) {
    long inverterBuses = config.buses().stream().filter(b -> b instanceof InverterBus).count();
    return (inverterBuses > 1 ? bus.name() + "-" : "") + "inverter-" + inv.address();
  }

  static List<String> inverters(GatewayConfig config) {
    List<String> ids = new ArrayList<>();
    config.buses().stream()
        .filter(b -> b instanceof InverterBus)
        .map(b -> (InverterBus) b)
        .forEach(b -> b.inverters().forEach(i -> ids.add(inverter(config, b, i))));
    return ids;
  }

  static Map<String, Phase> phases(GatewayConfig config) {
    Map<String, Phase> hints = new LinkedHashMap<>();
    config.buses().stream()
        .filter(b -> b instanceof InverterBus)
        .map(b -> (InverterBus) b)
        .forEach(
            b ->
                b.inverters()
                    .forEach(i -> i.phase().ifPresent(p -> hints.put(inverter(config, b, i), p))));
    return hints;
  }

  static List<String> packs(GatewayConfig config) {
    List<String> ids = new ArrayList<>();
    config.buses().stream()
        .filter(b -> b instanceof BmsBus)
        .forEach(b -> ((BmsBus) b).battery().packAddresses().forEach(a -> ids.add("pack-" + a)));
    return ids;
  }

  static Optional<String> can(GatewayConfig config) {
    return config.buses().stream().anyMatch(b -> b instanceof CanBus)
        ? Optional.of(CAN)
        : Optional.empty();
  }

  /** Every device the configuration produces, aggregates included. */
  static java.util.Set<String> all(GatewayConfig config) {
    java.util.Set<String> ids = new java.util.LinkedHashSet<>();
    ids.add(GatewayDevice.ID);
    ids.addAll(inverters(config));
    if (!inverters(config).isEmpty()) {
      ids.add("inverter-stack");
    }
    ids.addAll(packs(config));
    can(config).ifPresent(ids::add);
    if (!packs(config).isEmpty() || can(config).isPresent()) {
      ids.add("battery-rack");
    }
    return ids;
  }
}
