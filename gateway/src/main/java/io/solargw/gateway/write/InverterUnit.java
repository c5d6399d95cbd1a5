package io.solargw.gateway.write;

import io.solargw.gateway.bus.BusWorker;
import io.solargw.gateway.poll.InverterPoller;
import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.settings.SettingsCodec;
import java.util.Objects;

/**
 * One inverter settings may be written to: its poller (latest snapshot, unit address), the worker
 * of its bus (where write transactions run) and its profile (the settings table).
 *
 * @param deviceId e.g. {@code inverter-1}
 * @param worker the bus worker the unit is polled by
 * @param poller the unit's poller
 * @param profile the unit's register map and settings
 */
public record InverterUnit(
    String deviceId, BusWorker worker, InverterPoller poller, InverterProfile profile) {

  /** Checks every part is given. */
  public InverterUnit {
    Objects.requireNonNull(deviceId, "deviceId");
    Objects.requireNonNull(worker, "worker");
    Objects.requireNonNull(poller, "poller");
    Objects.requireNonNull(profile, "profile");
  }

  /** The codec of the unit's settings table. */
  public SettingsCodec codec() {
    return new SettingsCodec(profile);
  }
}
