package io.solargw.config;

import io.solargw.config.internal.Require;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One inverter on an inverter bus ({@code buses[N].inverters[M]}).
 *
 * @param address Modbus slave address, {@value #MIN_ADDRESS}..{@value #MAX_ADDRESS}; the units ship
 *     with address 1 (inverter-modbus.md 2.1)
 * @param name optional display name (1 to 64 printable characters), unique in the gateway
 * @param profile optional absolute path of a user register-map profile replacing the built-in one
 * @param phase the phase this unit feeds in a three-phase stack, if configured
 */
public record InverterConfig(
    int address, Optional<String> name, Optional<Path> profile, Optional<Phase> phase) {

  /** Lowest Modbus slave address (0 is broadcast). */
  public static final int MIN_ADDRESS = 1;

  /** Highest Modbus slave address (248..255 are reserved by the Modbus specification). */
  public static final int MAX_ADDRESS = 247;

  /** Longest display name. */
  public static final int MAX_NAME_LENGTH = 64;

  /** Checks the address range, the name and that the profile path is absolute. */
  public InverterConfig {
    Require.range("address", address, MIN_ADDRESS, MAX_ADDRESS);
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(phase, "phase");
    name.ifPresent(
        n -> {
          Require.printable("name", n);
          Require.range("name.length()", n.length(), 1, MAX_NAME_LENGTH);
        });
    profile.ifPresent(
        p -> {
          if (!p.isAbsolute()) {
            throw new IllegalArgumentException("profile must be absolute, got " + p);
          }
        });
  }

  /** An inverter with only an address. */
  public static InverterConfig at(int address) {
    return new InverterConfig(address, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The name if configured, otherwise {@code inverter <address>}. */
  public String displayName() {
    return name.orElse("inverter " + address);
  }
}
