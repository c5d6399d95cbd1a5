package io.solargw.sim.site;

/** Inverter manual setting [7] CHM: which sources may charge the battery. */
public enum ChargePriority {
  /** PV first; the grid charges only when there is no PV. */
  CSO,
  /** PV and grid together. */
  SNU,
  /** PV only. */
  OSO
}
