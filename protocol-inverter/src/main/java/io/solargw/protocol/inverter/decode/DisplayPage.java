package io.solargw.protocol.inverter.decode;

import java.util.Optional;

/**
 * One of the 15 real-time LCD pages of seed section 4.1, with whatever halves could be computed.
 *
 * @param number 1..15
 * @param left input side
 * @param right output side
 */
public record DisplayPage(int number, Optional<PageSlot> left, Optional<PageSlot> right) {

  /** Checks the number. */
  public DisplayPage {
    if (number < 1 || number > 15) {
      throw new IllegalArgumentException("number must be 1..15, got " + number);
    }
  }
}
