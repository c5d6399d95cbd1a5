package io.solargw.sim.site;

/** Output phase of a unit: L1 for single-phase stacks, L1..L3 in three-phase stacks. */
public enum Phase {
  L1,
  L2,
  L3;

  /** Share of the household load on this phase in a three-phase site (unbalanced on purpose). */
  double threePhaseShare() {
    return switch (this) {
      case L1 -> 0.40;
      case L2 -> 0.35;
      case L3 -> 0.25;
    };
  }
}
