package io.solargw.protocol.inverter.profile;

import java.util.Objects;

/**
 * An inclusive range of register addresses, e.g. a forbidden area (E100–E1FF factory calibration,
 * DF01–DF0C write-only commands; protocol doc 4.2 and 7.7).
 *
 * @param from first address, 0x0000..0xFFFF
 * @param to last address, from..0xFFFF
 * @param reason why the range is special (shown in docs and errors), not null
 */
public record RegisterRange(int from, int to, String reason) {

  /** Checks the bounds. */
  public RegisterRange {
    if (from < 0 || from > 0xFFFF) {
      throw new IllegalArgumentException("from must be 0x0000..0xFFFF, got " + from);
    }
    if (to < from || to > 0xFFFF) {
      throw new IllegalArgumentException("to must be from..0xFFFF, got " + to);
    }
    Objects.requireNonNull(reason, "reason");
  }

  /** Whether {@code address} lies in the range. */
  public boolean contains(int address) {
    return address >= from && address <= to;
  }

  /** Whether the range shares an address with {@code [start, start + count - 1]}. */
  public boolean overlaps(int start, int count) {
    return start <= to && start + count - 1 >= from;
  }

  /** The range as {@code 0xE100–0xE1FF}. */
  public String describe() {
    return from == to ? String.format("0x%04X", from) : String.format("0x%04X–0x%04X", from, to);
  }
}
