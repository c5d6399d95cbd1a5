package io.solargw.config;

import io.solargw.config.internal.Require;
import java.util.Objects;

/**
 * A CAN bus carrying a rack's Pylontech-compatible summary frames ({@code protocol: can}); the
 * gateway only listens, so there are no devices to configure.
 *
 * @param name unique bus name, {@link BusConfig#NAME}
 * @param transport slcan, socketcan or candump-replay
 * @param timing {@code timeout} is how long the bus may stay silent before the rack is counted as
 *     failed; retries and gap are 0
 */
public record CanBus(String name, Transport transport, BusTiming timing) implements BusConfig {

  /** Checks the name and the transport kind. */
  public CanBus {
    Require.matches("name", name, NAME);
    Objects.requireNonNull(timing, "timing");
    Objects.requireNonNull(transport, "transport");
    if (!BusProtocol.CAN.allows(transport.kind())) {
      throw new IllegalArgumentException("a can bus cannot use transport " + transport.kind());
    }
  }

  @Override
  public BusProtocol protocol() {
    return BusProtocol.CAN;
  }
}
