package io.solargw.sim.bms;

/**
 * How far the master pack's CAN frames are from what the packs answer on RS485: added to the CAN
 * 0x355 SOC (then clamped to 0..100) and to the 0x356 voltage and current. A real rack shows this
 * when its CAN side reports stale or miscalibrated values.
 *
 * @param socPercent added to the SOC, in percent
 * @param volts added to the battery voltage
 * @param amps added to the battery current (+ = charge)
 */
public record CanOffsets(double socPercent, double volts, double amps) {

  /** CAN agrees with RS485. */
  public static final CanOffsets NONE = new CanOffsets(0, 0, 0);

  public CanOffsets {
    if (!Double.isFinite(socPercent) || !Double.isFinite(volts) || !Double.isFinite(amps)) {
      throw new IllegalArgumentException("CAN offsets must be finite numbers");
    }
  }
}
