package io.solargw.protocol.inverter.profile;

import java.util.Arrays;
import java.util.Optional;

/**
 * Machine state 0x0210 of V1.3-era firmware; protocol doc 3.5, third column ([SRNE-13], [SMX-CMD]).
 */
public enum LegacyMachineState implements MachineState {
  POWER_UP_DELAY(0, "power_up_delay", "power-up delay"),
  WAITING(1, "waiting", "waiting"),
  INITIALIZATION(2, "initialization", "initialisation"),
  SOFT_START(3, "soft_start", "soft start"),
  MAINS(4, "mains", "mains operation"),
  INVERTER(5, "inverter", "inverter operation"),
  INVERTER_TO_MAINS(6, "inverter_to_mains", "inverter to mains"),
  MAINS_TO_INVERTER(7, "mains_to_inverter", "mains to inverter"),
  RESERVED_8(8, "reserved_8", "reserved"),
  RESERVED_9(9, "reserved_9", "reserved"),
  SHUTDOWN(10, "shutdown", "shutdown"),
  FAULT(11, "fault", "fault");

  private final int code;
  private final String text;
  private final String label;

  LegacyMachineState(int code, String text, String label) {
    this.code = code;
    this.text = text;
    this.label = label;
  }

  @Override
  public int code() {
    return code;
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public String label() {
    return label;
  }

  /** The state with raw value {@code code}, if this table has one. */
  public static Optional<LegacyMachineState> of(int code) {
    return Arrays.stream(values()).filter(s -> s.code == code).findFirst();
  }
}
