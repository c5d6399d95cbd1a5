package io.solargw.protocol.bms.pace;

import java.util.Optional;

/**
 * Response return codes (RTN), bms.md §2.3. 0x00 is success; the V3.1 PACE table's "normal: RTN =
 * CID2 of request" is not what any captured answer does and is not honoured (bms.md §2.3 note).
 */
public enum ReturnCode {
  NORMAL(0x00, "normal"),
  VER_ERROR(0x01, "VER error (Pylontech; undefined in the PACE document)"),
  CHKSUM_ERROR(0x02, "CHKSUM error"),
  LCHKSUM_ERROR(0x03, "LCHKSUM error"),
  CID2_INVALID(0x04, "CID2 invalid / undefined"),
  COMMAND_FORMAT_ERROR(0x05, "command format error (Pylontech; reserved in PACE)"),
  INVALID_DATA(0x06, "invalid data (Pylontech; reserved in PACE)"),
  NO_DATA(0x07, "no data (history record)"),
  OPERATION_FAILED(0x09, "operation or write error"),
  ADR_ERROR(0x90, "ADR error"),
  INTERNAL_COMMUNICATION_ERROR(0x91, "internal communication error"),
  CID1_ERROR(0xE1, "CID1 error"),
  EXECUTION_FAILED(0xE2, "command execution failed"),
  EQUIPMENT_FAILURE(0xE3, "equipment failure"),
  INVALID_PERMISSION(0xE4, "invalid permission");

  private final int code;
  private final String meaning;

  ReturnCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** The RTN byte. */
  public int code() {
    return code;
  }

  /** What the device means by it. */
  public String meaning() {
    return meaning;
  }

  /** The documented return code {@code code}, if any. */
  public static Optional<ReturnCode> of(int code) {
    for (ReturnCode r : values()) {
      if (r.code == code) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** "0x09 (operation or write error)", or "0x42 (undocumented)" for unknown codes. */
  public static String describe(int code) {
    return String.format("0x%02X", code)
        + of(code).map(r -> " (" + r.meaning + ")").orElse(" (undocumented return code)");
  }
}
