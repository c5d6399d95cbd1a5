package io.solargw.protocol.inverter.profile;

/**
 * One value of the machine-state register 0x0210. The numbering differs between firmware
 * generations (protocol doc 3.5), so each table is its own enum; the profile picks one.
 */
public sealed interface MachineState
    permits AllInOneMachineState, SplitPhaseMachineState, LegacyMachineState {

  /** The raw register value. */
  int code();

  /** Short lower-case text published as {@code machine_state_text}. */
  String text();

  /** A readable description. */
  String label();
}
