package io.solargw.gateway.write;

import io.solargw.config.BusConfig;
import io.solargw.config.GatewayConfig;
import io.solargw.config.InverterBus;
import io.solargw.config.InverterConfig;
import io.solargw.gateway.bus.BusWorker;
import io.solargw.gateway.bus.DevicePoller;
import io.solargw.gateway.poll.InverterPoller;
import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.ProfileException;
import io.solargw.protocol.inverter.profile.ProfileLoader;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The inverters settings may be written to, by device id. */
public final class WriteTargets {

  private final Map<String, InverterUnit> units = new LinkedHashMap<>();

  /** Targets from explicit units (tests). */
  public WriteTargets(Collection<InverterUnit> units) {
    units.forEach(u -> this.units.put(u.deviceId(), u));
  }

  /**
   * Every configured inverter, matched to its bus worker's poller by bus name and unit address.
   *
   * @throws IllegalStateException when a custom profile cannot be loaded
   */
  public static WriteTargets of(GatewayConfig config, List<BusWorker> workers) {
    Map<String, InverterUnit> found = new LinkedHashMap<>();
    for (BusConfig bus : config.buses()) {
      if (!(bus instanceof InverterBus ib)) {
        continue;
      }
      BusWorker worker =
          workers.stream().filter(w -> w.busName().equals(bus.name())).findFirst().orElse(null);
      if (worker == null) {
        continue;
      }
      for (InverterConfig inv : ib.inverters()) {
        for (DevicePoller p : worker.pollers()) {
          if (p instanceof InverterPoller ip && ip.unitId() == inv.address()) {
            found.put(ip.deviceId(), new InverterUnit(ip.deviceId(), worker, ip, profile(inv)));
          }
        }
      }
    }
    return new WriteTargets(found.values());
  }

  /** The unit with id {@code deviceId}, if it is a configured inverter. */
  public Optional<InverterUnit> unit(String deviceId) {
    return Optional.ofNullable(units.get(deviceId));
  }

  /** The device ids, in configuration order. */
  public List<String> ids() {
    return List.copyOf(units.keySet());
  }

  private static InverterProfile profile(InverterConfig inv) {
    if (inv.profile().isEmpty()) {
      return ProfileLoader.loadDefault();
    }
    try {
      return ProfileLoader.load(inv.profile().get());
    } catch (ProfileException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
