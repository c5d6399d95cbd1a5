package io.solargw.mqtt.command;

import io.solargw.mqtt.DeviceState;
import java.util.List;
import java.util.Optional;

/** The devices the bridge knows, as of their latest state. */
public interface DeviceDirectory {

  /**
   * Whether {@code deviceId} is in the configuration, read or not: a command for a configured
   * device that has no state yet is "not read yet", not "unknown".
   */
  default boolean configured(String deviceId) {
    return false;
  }

  /** The latest state of a device. */
  Optional<DeviceState> find(String deviceId);

  /**
   * The inverter units reached through an aggregate (e.g. every unit of {@code inverter-stack}).
   */
  List<DeviceState> unitsOf(String aggregateId);
}
