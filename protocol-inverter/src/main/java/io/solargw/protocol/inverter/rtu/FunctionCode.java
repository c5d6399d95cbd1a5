package io.solargw.protocol.inverter.rtu;

import java.util.Optional;

/**
 * The Modbus function codes this codec handles.
 *
 * <p>SRNE documents 0x03, 0x06 and 0x10 (V1.96 sections 1 and 3); 0x04 is accepted for devices that
 * expose input registers (not listed by SRNE). An exception answer carries {@code code() | 0x80}.
 */
public enum FunctionCode {
  READ_HOLDING_REGISTERS(0x03),
  READ_INPUT_REGISTERS(0x04),
  WRITE_SINGLE_REGISTER(0x06),
  WRITE_MULTIPLE_REGISTERS(0x10);

  /** Bit set in the function byte of an exception answer. */
  public static final int EXCEPTION_FLAG = 0x80;

  private final int code;

  FunctionCode(int code) {
    this.code = code;
  }

  /** The wire byte. */
  public int code() {
    return code;
  }

  /** The constant for wire byte {@code code}, or empty for any function this codec lacks. */
  public static Optional<FunctionCode> of(int code) {
    for (FunctionCode f : values()) {
      if (f.code == code) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** True for 0x03 and 0x04. */
  public static boolean isRead(int code) {
    return code == READ_HOLDING_REGISTERS.code || code == READ_INPUT_REGISTERS.code;
  }
}
