package io.solargw.protocol.inverter.profile;

import java.util.Objects;

/**
 * Where a value appears on the manual's 15 real-time LCD pages (seed section 4.1).
 *
 * @param number page 1..15
 * @param side left (input) or right (output) half
 * @param label the manual's caption, e.g. {@code INPUT BATT V}
 * @param displayUnit unit shown on the page when it differs from the value's ({@code kW} for a
 *     value in W), or empty
 * @param filter for {@code codes} points: {@code alarm} or {@code fault} (pages 14/15), else empty
 */
public record PagePlacement(
    int number, PageSide side, String label, String displayUnit, String filter) {

  /** First page number. */
  public static final int FIRST_PAGE = 1;

  /** Last page number. */
  public static final int LAST_PAGE = 15;

  /** Checks the page number and that the texts are given (empty allowed). */
  public PagePlacement {
    if (number < FIRST_PAGE || number > LAST_PAGE) {
      throw new IllegalArgumentException("page number must be 1..15, got " + number);
    }
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(displayUnit, "displayUnit");
    Objects.requireNonNull(filter, "filter");
  }
}
