package io.solargw.protocol.inverter.profile;

import java.util.Objects;

/**
 * One entry of an enum table: the raw register value, the short code published and accepted in
 * writes (the manual's LCD code such as {@code SBU}), and a readable label.
 *
 * @param raw register value, 0..65535
 * @param code short code, not blank
 * @param label readable text, not null
 */
public record EnumOption(int raw, String code, String label) {

  /** Checks the raw range and that code is given. */
  public EnumOption {
    if (raw < 0 || raw > 0xFFFF) {
      throw new IllegalArgumentException("raw must be 0..65535, got " + raw);
    }
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    if (code.isBlank()) {
      throw new IllegalArgumentException("code must not be blank");
    }
  }
}
