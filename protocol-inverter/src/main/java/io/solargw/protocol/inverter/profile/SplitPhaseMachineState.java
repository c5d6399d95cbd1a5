package io.solargw.protocol.inverter.profile;

import java.util.Arrays;
import java.util.Optional;

/**
 * Machine state 0x0210 of split-phase all-in-one and EU single-phase 8–12 kW firmware; protocol doc
 * 3.5, second column (the list the HotNoob v1.96 CSV wrongly used for everything).
 */
public enum SplitPhaseMachineState implements MachineState {
  INITIALIZATION(0, "initialization", "initialisation"),
  STANDBY(1, "standby", "standby"),
  MAINS(2, "mains", "AC (mains) operation"),
  INVERTER(3, "inverter", "inverter operation");

  private final int code;
  private final String text;
  private final String label;

  SplitPhaseMachineState(int code, String text, String label) {
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
  public static Optional<SplitPhaseMachineState> of(int code) {
    return Arrays.stream(values()).filter(s -> s.code == code).findFirst();
  }
}
