package io.solargw.protocol.inverter.rtu;

import java.util.Optional;

/**
 * The exception codes an SRNE inverter puts after {@code function | 0x80}, with SRNE's meanings.
 *
 * <p>Codes 0x01..0x04 mean what standard Modbus says; 0x05..0x0B are SRNE's own (standard Modbus
 * uses 0x05 "acknowledge", 0x06 "busy", 0x0A/0x0B for gateways). Source: SRNE MODBUS protocol V1.96
 * section 3.4, restated in inverter-modbus.md section 2.2.
 */
public enum ModbusExceptionCode {
  ILLEGAL_FUNCTION(0x01, "illegal function: the function code is not supported"),
  ILLEGAL_DATA_ADDRESS(
      0x02,
      "illegal data address: the start address or start + count is outside the slave's legal"
          + " range"),
  ILLEGAL_DATA_VALUE(
      0x03,
      "illegal data value: the value is outside the register's allowed range or breaks a"
          + " cross-register constraint"),
  OPERATION_FAILED(0x04, "operation failed: the write is not accepted in this state"),
  PASSWORD_ERROR(0x05, "password error"),
  FRAME_ERROR(0x06, "frame error: the request's length or CRC is wrong"),
  READ_ONLY(0x07, "read-only: the parameter cannot be written"),
  CHANGE_WHILE_RUNNING(0x08, "the parameter cannot be changed while the inverter is running"),
  PASSWORD_LOCKED(0x09, "password protection is active"),
  TOO_MANY_REGISTERS(0x0A, "length error: more registers than the per-request limit"),
  PERMISSION_DENIED(0x0B, "permission denied");

  private final int code;
  private final String meaning;

  ModbusExceptionCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** The wire byte, 0x01..0x0B. */
  public int code() {
    return code;
  }

  /** One phrase: the standard name, then SRNE's explanation after a colon where it adds one. */
  public String meaning() {
    return meaning;
  }

  /** The constant for wire byte {@code code}, or empty for a code SRNE does not document. */
  public static Optional<ModbusExceptionCode> of(int code) {
    for (ModbusExceptionCode c : values()) {
      if (c.code == code) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The meaning of {@code code}, or {@code "undocumented exception code"} for any other value. */
  public static String describe(int code) {
    return of(code).map(ModbusExceptionCode::meaning).orElse("undocumented exception code");
  }
}
