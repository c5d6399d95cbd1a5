package io.solargw.config;

import io.solargw.config.internal.Require;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A bus of Modbus RTU inverters ({@code protocol: inverter}).
 *
 * @param name unique bus name, {@link BusConfig#NAME}
 * @param transport serial, tcp or modbus-tcp
 * @param timing pacing of the bus
 * @param inverters 1 to {@value #MAX_INVERTERS} inverters with distinct addresses, in file order
 */
public record InverterBus(
    String name, Transport transport, BusTiming timing, List<InverterConfig> inverters)
    implements BusConfig {

  /** The largest parallel stack the inverters support (inverter manual: up to 9 units). */
  public static final int MAX_INVERTERS = 9;

  /** Checks the name, the transport kind and the inverter addresses. */
  public InverterBus {
    Require.matches("name", name, NAME);
    Objects.requireNonNull(timing, "timing");
    Objects.requireNonNull(transport, "transport");
    if (!BusProtocol.INVERTER.allows(transport.kind())) {
      throw new IllegalArgumentException(
          "an inverter bus cannot use transport " + transport.kind());
    }
    inverters = List.copyOf(inverters);
    Require.range("inverters.size()", inverters.size(), 1, MAX_INVERTERS);
    Set<Integer> seen = new HashSet<>();
    for (InverterConfig inverter : inverters) {
      if (!seen.add(inverter.address())) {
        throw new IllegalArgumentException(
            "inverter address " + inverter.address() + " appears twice");
      }
    }
  }

  @Override
  public BusProtocol protocol() {
    return BusProtocol.INVERTER;
  }
}
