package io.solargw.sim.site;

/** How the inverters of the stack share the output (manual setting [30] PMD). */
public enum StackMode {
  /** One inverter alone. */
  SIG,
  /** Single-phase parallel. */
  PAL,
  /** Three-phase: units are assigned to L1, L2, L3 in turn (3P1, 3P2, 3P3). */
  THREE_PHASE
}
