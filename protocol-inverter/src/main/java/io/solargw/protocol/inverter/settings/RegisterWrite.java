package io.solargw.protocol.inverter.settings;

import io.solargw.protocol.inverter.rtu.WriteMultipleRequest;
import io.solargw.protocol.inverter.rtu.WriteSingleRequest;
import java.util.List;

/**
 * One register write that applies a setting: holding register {@code address} := {@code value}.
 * SRNE accepts function 0x06 and 0x10 for settings (protocol doc 2.2; vector T16 uses 0x10).
 *
 * @param address register 0x0000..0xFFFF
 * @param value raw value 0..65535
 */
public record RegisterWrite(int address, int value) {

  /** Checks the ranges. */
  public RegisterWrite {
    if (address < 0 || address > 0xFFFF) {
      throw new IllegalArgumentException("address must be 0x0000..0xFFFF, got " + address);
    }
    if (value < 0 || value > 0xFFFF) {
      throw new IllegalArgumentException("value must be 0..65535, got " + value);
    }
  }

  /** This write as a function 0x06 request to {@code unitId}. */
  public WriteSingleRequest toWriteSingle(int unitId) {
    return new WriteSingleRequest(unitId, address, value);
  }

  /** This write as a one-register function 0x10 request to {@code unitId} (as in vector T16). */
  public WriteMultipleRequest toWriteMultiple(int unitId) {
    return new WriteMultipleRequest(unitId, address, List.of(value));
  }

  /** {@code E20F := 2}. */
  @Override
  public String toString() {
    return String.format("%04X := %d", address, value);
  }
}
