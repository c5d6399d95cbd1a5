package io.solargw.gateway.write;

import io.solargw.protocol.inverter.profile.InverterProfile;
import java.util.Optional;

/**
 * Registers the gateway never writes, whatever a profile says (protocol doc 4.2): DF01 machine
 * reset, DF02 factory restore / clear statistics, DF06 firmware upgrade, E100..E1FF factory
 * calibration; plus the profile's own {@code forbidden} ranges.
 */
final class NeverWritten {

  private NeverWritten() {}

  /** Why {@code register} must not be written, or empty when it may be. */
  static Optional<String> reason(InverterProfile profile, int register) {
    String where = String.format("register %04X", register);
    if (register == 0xDF01 || register == 0xDF02 || register == 0xDF06) {
      return Optional.of(
          where
              + " is a reset, factory-restore or firmware command and is never written"
              + " (protocol doc 4.2)");
    }
    if (register >= 0xE100 && register <= 0xE1FF) {
      return Optional.of(
          where + " holds factory calibration (E1xx) and is never written (protocol doc 4.2)");
    }
    if (profile.isForbidden(register)) {
      return Optional.of(where + " lies in a range profile " + profile.name() + " forbids");
    }
    return Optional.empty();
  }
}
