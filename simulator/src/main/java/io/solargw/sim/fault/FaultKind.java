package io.solargw.sim.fault;

/** Ways a simulated device's answer can go wrong on the wire. */
public enum FaultKind {
  /** The device stays silent. */
  NO_ANSWER,
  /** The answer comes after the gateway's timeout. */
  LATE_ANSWER,
  /** One byte of the answer is flipped (the checksum then fails). */
  CORRUPT_BYTE,
  /** The checksum field is wrong, everything else intact. */
  BAD_CHECKSUM,
  /** The answer stops short. */
  TRUNCATED,
  /** A valid frame that claims to come from another address. */
  WRONG_ADDRESS,
  /** Noise on the line before the answer. */
  GARBAGE_BEFORE
}
