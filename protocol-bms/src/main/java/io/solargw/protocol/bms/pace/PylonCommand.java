package io.solargw.protocol.bms.pace;

import java.util.Optional;

/** The Pylontech RS485 (VER 0x20) commands, with their CID2 codes (bms.md §2.2, [PYL33 §3]). */
public enum PylonCommand implements CommandCode {
  ANALOG(0x42, "analog values", false),
  ALARM(0x44, "alarm information", false),
  SYSTEM_PARAMETERS(0x47, "system parameters", false),
  PROTOCOL_VERSION(0x4F, "protocol version", false),
  MANUFACTURER_INFO(0x51, "manufacturer information", false),
  MANAGEMENT_INFO(0x92, "charge/discharge management information", false),
  SERIAL_NUMBER(0x93, "module serial number", false),
  SET_MANAGEMENT_INFO(0x94, "set charge/discharge management information", true),
  TURN_OFF(0x95, "turn off module", true),
  SOFTWARE_VERSION(0x96, "software version", false);

  private final int code;
  private final String description;
  private final boolean write;

  PylonCommand(int code, String description, boolean write) {
    this.code = code;
    this.description = description;
    this.write = write;
  }

  @Override
  public int code() {
    return code;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public boolean write() {
    return write;
  }

  /** The command with CID2 {@code code}, if documented. */
  public static Optional<PylonCommand> of(int code) {
    for (PylonCommand c : values()) {
      if (c.code == code) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
