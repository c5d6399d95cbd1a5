package io.solargw.protocol.bms.pace;

import java.util.Optional;

/**
 * RS485 protocol numbers of the inverter-protocol commands 0xEB/0xEC and 0x60-0x63 (bms.md §2.4,
 * [PACE31 Table 1]). Names as printed there, including its spelling "MOBUS" for 0x0D/0x0E.
 */
public enum Rs485Protocol {
  PACE_MODBUS_485(0x00),
  PYLON_485(0x01),
  GROWATT_485(0x02),
  VOLTRON_485(0x03),
  SE_485(0x04),
  PHOCOS_485(0x05),
  LUXPOWER_485(0x06),
  SOLAR_485(0x07),
  LITHIUM_485(0x08),
  EP_485(0x09),
  RTU04_485(0x0A),
  LUXPOWERTEK_V01_485(0x0B),
  LUXPOWERTEK_V03_485(0x0C),
  WOW_MOBUS(0x0D),
  LEOCH_MOBUS(0x0E),
  PYLON_485_F(0x0F),
  AFORE(0x10),
  UPS_AGXN(0x11),
  SUNPOLO(0x12),
  XIONGTAO(0x13),
  RONGKE(0x14),
  XINRUI(0x15),
  ELTEK(0x16);

  private final int code;

  Rs485Protocol(int code) {
    this.code = code;
  }

  /** The protocol number. */
  public int code() {
    return code;
  }

  /** The protocol with number {@code code}, if documented. */
  public static Optional<Rs485Protocol> of(int code) {
    for (Rs485Protocol p : values()) {
      if (p.code == code) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The documented name of {@code code}; 0xFF means "no change / disabled" in set commands. */
  public static Optional<String> nameOf(int code) {
    return code == 0xFF ? Optional.of("none (0xFF)") : of(code).map(Enum::name);
  }
}
