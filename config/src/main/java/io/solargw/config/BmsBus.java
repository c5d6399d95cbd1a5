package io.solargw.config;

import io.solargw.config.internal.Require;
import java.util.Objects;

/**
 * A bus to a battery rack speaking the PACE or Pylontech RS485 ASCII protocol ({@code protocol:
 * bms}).
 *
 * @param name unique bus name, {@link BusConfig#NAME}
 * @param transport serial or tcp
 * @param timing pacing of the bus
 * @param battery how the rack is addressed and polled
 */
public record BmsBus(String name, Transport transport, BusTiming timing, BatteryConfig battery)
    implements BusConfig {

  /** Checks the name and the transport kind. */
  public BmsBus {
    Require.matches("name", name, NAME);
    Objects.requireNonNull(timing, "timing");
    Objects.requireNonNull(battery, "battery");
    Objects.requireNonNull(transport, "transport");
    if (!BusProtocol.BMS.allows(transport.kind())) {
      throw new IllegalArgumentException("a bms bus cannot use transport " + transport.kind());
    }
  }

  @Override
  public BusProtocol protocol() {
    return BusProtocol.BMS;
  }
}
