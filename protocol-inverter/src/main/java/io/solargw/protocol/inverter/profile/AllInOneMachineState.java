package io.solargw.protocol.inverter.profile;

import java.util.Arrays;
import java.util.Optional;

/**
 * Machine state 0x0210 of V1.5+ all-in-one firmware (SRNE V1.7, V1.92, V1.96, V2.08), the likely
 * table of the seed's 3/5/6 kW single-phase unit; protocol doc 3.5, first column.
 */
public enum AllInOneMachineState implements MachineState {
  POWER_ON_DELAY(0, "power_on_delay", "power-on delay"),
  STANDBY(1, "standby", "standby"),
  INITIALIZATION(2, "initialization", "initialisation"),
  SOFT_START(3, "soft_start", "soft start"),
  MAINS(4, "mains", "AC (mains/bypass) operation"),
  INVERTER(5, "inverter", "inverter operation"),
  INVERTER_TO_MAINS(6, "inverter_to_mains", "inverter to AC transfer"),
  MAINS_TO_INVERTER(7, "mains_to_inverter", "AC to inverter transfer"),
  BATTERY_ACTIVATION(8, "battery_activation", "battery activation"),
  MANUAL_SHUTDOWN(9, "manual_shutdown", "manual shutdown"),
  FAULT(10, "fault", "fault");

  private final int code;
  private final String text;
  private final String label;

  AllInOneMachineState(int code, String text, String label) {
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
  public static Optional<AllInOneMachineState> of(int code) {
    return Arrays.stream(values()).filter(s -> s.code == code).findFirst();
  }
}
