package io.solargw.mqtt.command;

import io.solargw.mqtt.DeviceState;
import java.util.List;
import java.util.Optional;

/** The devices the bridge knows, as of their latest state. */
public interface DeviceDirectory {

  /** The latest state of a device. */
  Optional<DeviceState> find(String deviceId);

  /**
   * The inverter units reached through an aggregate (e.g. every unit of {@code inverter-stack}).
   */
  List<DeviceState> unitsOf(String aggregateId);
}
