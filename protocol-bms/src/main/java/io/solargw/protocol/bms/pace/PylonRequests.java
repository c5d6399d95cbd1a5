package io.solargw.protocol.bms.pace;

/**
 * Builders for Pylontech RS485 (VER 0x20) requests (bms.md §2.2, §5.6). The one-byte COMMAND is the
 * battery address for single-battery reads (0xFF = whole system for 0x42/0x44).
 */
public final class PylonRequests {

  private PylonRequests() {}

  /** 0x42 analog values. */
  public static Request analog(int address, int command) {
    return request(address, PylonCommand.ANALOG, command);
  }

  /** 0x44 alarm information. */
  public static Request alarm(int address, int command) {
    return request(address, PylonCommand.ALARM, command);
  }

  /** 0x47 system parameters (no INFO). */
  public static Request systemParameters(int address) {
    return Request.of(Dialect.PYLONTECH, address, PylonCommand.SYSTEM_PARAMETERS);
  }

  /** 0x4F protocol version (no INFO; the battery ignores VER). */
  public static Request protocolVersion(int address) {
    return Request.of(Dialect.PYLONTECH, address, PylonCommand.PROTOCOL_VERSION);
  }

  /** 0x51 manufacturer information (no INFO). */
  public static Request manufacturerInfo(int address) {
    return Request.of(Dialect.PYLONTECH, address, PylonCommand.MANUFACTURER_INFO);
  }

  /** 0x92 charge/discharge management information. */
  public static Request managementInfo(int address, int command) {
    return request(address, PylonCommand.MANAGEMENT_INFO, command);
  }

  /** 0x93 module serial number. */
  public static Request serialNumber(int address, int command) {
    return request(address, PylonCommand.SERIAL_NUMBER, command);
  }

  /** 0x96 software version. */
  public static Request softwareVersion(int address, int command) {
    return request(address, PylonCommand.SOFTWARE_VERSION, command);
  }

  /** 0x95 turn off module. */
  public static Request turnOff(int address, int command) {
    return request(address, PylonCommand.TURN_OFF, command);
  }

  /**
   * 0x94 set charge/discharge management: charge and discharge voltage limits (mV), charge and
   * discharge current limits (0.1 A); must be repeated, the battery reverts 10 s after the last
   * [PYL33 §3.8].
   */
  public static Request setManagementInfo(
      int address,
      int command,
      int chargeMillivolts,
      int dischargeMillivolts,
      int chargeDeciamps,
      int dischargeDeciamps) {
    int[] v = {chargeMillivolts, dischargeMillivolts, chargeDeciamps, dischargeDeciamps};
    byte[] info = new byte[9];
    info[0] = (byte) PaceRequests.check("command", command, 0, 0xFF);
    for (int i = 0; i < 4; i++) {
      PaceRequests.check("value " + (i + 1), v[i], i < 2 ? 0 : -0x8000, i < 2 ? 0xFFFF : 0x7FFF);
      info[1 + 2 * i] = (byte) (v[i] >> 8);
      info[2 + 2 * i] = (byte) v[i];
    }
    return Request.of(Dialect.PYLONTECH, address, PylonCommand.SET_MANAGEMENT_INFO, info);
  }

  private static Request request(int address, PylonCommand c, int command) {
    PaceRequests.check("command", command, 0, 0xFF);
    return Request.of(Dialect.PYLONTECH, address, c, (byte) command);
  }
}
