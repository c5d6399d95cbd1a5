package io.solargw.sim.site;

/** Inverter manual setting [2] WFM: which source feeds the load first. */
public enum OutputPriority {
  /** PV first; the grid takes over when there is no PV or the battery is low. */
  SOL,
  /** Grid first; the battery inverts only when there is no grid. */
  UTI,
  /** PV and battery first; the grid only when the battery is low. */
  SBU
}
