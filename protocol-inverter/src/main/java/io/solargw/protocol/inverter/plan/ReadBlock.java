package io.solargw.protocol.inverter.plan;

/**
 * One planned read transaction: {@code count} registers from {@code start}; a poller turns it into
 * a function 0x03 request.
 *
 * @param start first address 0..0xFFFF
 * @param count registers 1..125 (the Modbus maximum), ending at or before 0xFFFF
 */
public record ReadBlock(int start, int count) {

  /** Most registers one Modbus read can carry (Modbus Application Protocol V1.1b3, 6.3). */
  public static final int MAX_COUNT = 125;

  /** Validates ranges; throws {@link IllegalArgumentException} naming the parameter. */
  public ReadBlock {
    if (start < 0 || start > 0xFFFF) {
      throw new IllegalArgumentException("start must be 0..65535, got " + start);
    }
    if (count < 1 || count > MAX_COUNT || start + count > 0x10000) {
      throw new IllegalArgumentException(
          "count must be 1.."
              + Math.min(MAX_COUNT, 0x10000 - start)
              + " for start "
              + start
              + ", got "
              + count);
    }
  }

  /** The last address, inclusive. */
  public int end() {
    return start + count - 1;
  }

  /** True when {@code address} lies in this block. */
  public boolean contains(int address) {
    return address >= start && address <= end();
  }

  /** True when this block contains every address of {@code other}. */
  public boolean contains(ReadBlock other) {
    return other.start >= start && other.end() <= end();
  }
}
