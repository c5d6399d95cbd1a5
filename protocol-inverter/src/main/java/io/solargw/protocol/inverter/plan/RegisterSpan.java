package io.solargw.protocol.inverter.plan;

/**
 * A run of consecutive register addresses, e.g. the registers one point or page needs.
 *
 * @param start first address 0..0xFFFF
 * @param count registers 1..0x10000, ending at or before 0xFFFF
 */
public record RegisterSpan(int start, int count) {

  /** Validates ranges; throws {@link IllegalArgumentException} naming the parameter. */
  public RegisterSpan {
    if (start < 0 || start > 0xFFFF) {
      throw new IllegalArgumentException("start must be 0..65535, got " + start);
    }
    if (count < 1 || start + count > 0x10000) {
      throw new IllegalArgumentException(
          "count must be 1.." + (0x10000 - start) + " for start " + start + ", got " + count);
    }
  }

  /** The span of the inclusive address range {@code first..last}. */
  public static RegisterSpan of(int first, int last) {
    return new RegisterSpan(first, last - first + 1);
  }

  /** The last address, inclusive. */
  public int end() {
    return start + count - 1;
  }

  /** True when {@code address} lies in this span. */
  public boolean contains(int address) {
    return address >= start && address <= end();
  }
}
