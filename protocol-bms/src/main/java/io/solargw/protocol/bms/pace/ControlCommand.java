package io.solargw.protocol.bms.pace;

import java.util.Optional;

/**
 * Sub-commands of the PACE control command 0x99 (bms.md §2.4, [PACE18 §4.4], [PACE31 §4.10]).
 * 0x04/0x05 and 0x0E..0x12 exist only in V3.1; 0xD0..0xDF are user-defined and kept raw.
 */
public enum ControlCommand {
  ENABLE_STATIC_BALANCING(0x02, "enable static balancing"),
  DISABLE_STATIC_BALANCING(0x03, "disable static balancing"),
  DISABLE_SYSTEM_LOCK(0x04, "disable system lock"),
  ENABLE_SYSTEM_LOCK(0x05, "enable system lock"),
  ENABLE_LED_ALARM(0x06, "enable LED alarm"),
  DISABLE_LED_ALARM(0x07, "disable LED alarm"),
  CURRENT_LIMIT_HIGH_GEAR(0x08, "current-limit high gear"),
  CURRENT_LIMIT_LOW_GEAR(0x09, "current-limit low gear"),
  ENABLE_CURRENT_LIMIT(0x0A, "enable current limiting"),
  DISABLE_CURRENT_LIMIT(0x0B, "disable current limiting"),
  DISABLE_BUZZER(0x0C, "disable buzzer"),
  ENABLE_BUZZER(0x0D, "enable buzzer"),
  CAN_PROTOCOL_PACE(0x0E, "select CAN protocol PACE"),
  CAN_PROTOCOL_PYLON(0x0F, "select CAN protocol PYLON"),
  CAN_PROTOCOL_GROWATT(0x10, "select CAN protocol GROWATT"),
  CAN_PROTOCOL_HOZONIE(0x11, "select CAN protocol HOZONIE"),
  CAN_PROTOCOL_SOFAR(0x12, "select CAN protocol SOFAR");

  private final int code;
  private final String description;

  ControlCommand(int code, String description) {
    this.code = code;
    this.description = description;
  }

  /** The sub-command byte (COMMAND_INFO of 0x99). */
  public int code() {
    return code;
  }

  /** What it does. */
  public String description() {
    return description;
  }

  /** The documented sub-command {@code code}, if any. */
  public static Optional<ControlCommand> of(int code) {
    for (ControlCommand c : values()) {
      if (c.code == code) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Description of any sub-command byte, including user-defined (0xD0..0xDF) and unknown. */
  public static String describe(int code) {
    if (code >= 0xD0 && code <= 0xDF) {
      return String.format("user-defined command 0x%02X", code);
    }
    return of(code)
        .map(ControlCommand::description)
        .orElse(String.format("undocumented sub-command 0x%02X", code));
  }
}
