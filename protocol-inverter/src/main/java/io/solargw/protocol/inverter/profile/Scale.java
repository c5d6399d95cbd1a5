package io.solargw.protocol.inverter.profile;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The factor between a register's integer and the published value. Either a fixed decimal ({@code
 * scale: 0.1}), or the battery-voltage rule of SRNE settings and voltages, which are stored per 12
 * V block: value = raw × 0.1 × system_V / 12, where system_V is register E003 (12/24/36/48) —
 * protocol doc section 2.6 ("Battery voltage settings").
 */
public sealed interface Scale {

  /** Scale 1 (the register value as is). */
  Scale ONE = new Fixed(BigDecimal.ONE);

  /**
   * A fixed decimal factor.
   *
   * @param factor not zero
   */
  record Fixed(BigDecimal factor) implements Scale {
    /** Rejects a null or zero factor. */
    public Fixed {
      Objects.requireNonNull(factor, "factor");
      if (factor.signum() == 0) {
        throw new IllegalArgumentException("factor must not be 0");
      }
    }
  }

  /** raw × 0.1 V per 12 V block, times system_V / 12. */
  record BatteryVoltage() implements Scale {
    /** Volts of one raw unit per 12 V block. */
    public static final BigDecimal VOLTS_PER_UNIT_PER_BLOCK = new BigDecimal("0.1");
  }

  /** The factor of one raw unit for a system of {@code systemVolts} (ignored for fixed scales). */
  default BigDecimal unitValue(int systemVolts) {
    if (this instanceof Fixed f) {
      return f.factor();
    }
    return BatteryVoltage.VOLTS_PER_UNIT_PER_BLOCK.multiply(BigDecimal.valueOf(systemVolts / 12));
  }

  /** Whether the value depends on the system voltage. */
  default boolean needsSystemVoltage() {
    return this instanceof BatteryVoltage;
  }
}
