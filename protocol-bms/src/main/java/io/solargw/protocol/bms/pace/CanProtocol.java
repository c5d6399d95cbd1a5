package io.solargw.protocol.bms.pace;

import java.util.Optional;

/**
 * CAN protocol numbers of the inverter-protocol commands 0xEB/0xEC and 0x60-0x63 (bms.md §2.4,
 * [PACE31 Table 1]; vendor numbering, nkinnan's differs for some entries).
 */
public enum CanProtocol {
  PACE_CAN(0x00),
  PYLON_CAN(0x01),
  GROWATT_CAN(0x02),
  VICTRON_CAN(0x03),
  SE_CAN(0x04),
  LUXPOWERTEK_CAN(0x05),
  SRD_CAN(0x06),
  SMA_CAN(0x07),
  GOODWE_CAN(0x08),
  STUDER_CAN(0x09),
  SOFAR_CAN(0x0A),
  PV_CAN(0x0B),
  JINLANG_CAN(0x0C),
  DIDU_CAN(0x0D),
  SENERGYINV_CAN(0x0E),
  TBB_LITHIUM(0x0F),
  PYLON_V202_CAN(0x10),
  GROWATT_V109_CAN(0x11),
  MUST_V202_CAN(0x12),
  AFORE(0x13),
  YWT(0x14),
  FUJI(0x15),
  SOFAR_V21003(0x16),
  GT(0x17),
  LEOCH_V106(0x18);

  private final int code;

  CanProtocol(int code) {
    this.code = code;
  }

  /** The protocol number. */
  public int code() {
    return code;
  }

  /** The protocol with number {@code code}, if documented. */
  public static Optional<CanProtocol> of(int code) {
    for (CanProtocol p : values()) {
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
