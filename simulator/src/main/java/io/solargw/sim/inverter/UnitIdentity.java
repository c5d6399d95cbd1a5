package io.solargw.sim.inverter;

import io.solargw.sim.site.SiteConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Who a simulated inverter is: its RS485 address (E200, mirrored at 0x001A), serial number (0x0035,
 * 20 characters), firmware versions (0x0014 APP, 0x0015 bootloader, in hundredths: 663 = 6.63 as in
 * vector T1) and its initial parallel mode (E201: 0 SIG, 1 PAL, 5/6/7 = 3P1/3P2/3P3, protocol doc
 * 4.1). The master is not on the wire: SRNE has no master/slave register (doc 3.6, seed [31] PDT).
 *
 * @param address Modbus slave address 1..247
 * @param serialNumber up to 20 printable ASCII characters
 * @param appVersion APP (CPU1) version in hundredths, 0..65535
 * @param bootloaderVersion bootloader (CPU2) version in hundredths, 0..65535
 * @param parallelMode raw E201 value
 * @param master whether this unit is the stack's master
 */
public record UnitIdentity(
    int address,
    String serialNumber,
    int appVersion,
    int bootloaderVersion,
    int parallelMode,
    boolean master) {

  /** E201 SIG (single unit). */
  public static final int SIG = 0;

  /** E201 PAL (single-phase parallel). */
  public static final int PAL = 1;

  /** E201 3P1; 3P2 and 3P3 follow (doc 4.1: our inference 5/6/7). */
  public static final int THREE_PHASE_P1 = 5;

  /** APP version of every simulated unit unless a scenario changes it (T1: 6.63). */
  public static final int DEFAULT_APP_VERSION = 663;

  /** Bootloader version of every simulated unit (T1: 2.01). */
  public static final int DEFAULT_BOOTLOADER_VERSION = 201;

  /** Checks ranges. */
  public UnitIdentity {
    if (address < 1 || address > 247) {
      throw new IllegalArgumentException("address must be in 1..247, got " + address);
    }
    Objects.requireNonNull(serialNumber, "serialNumber");
    if (serialNumber.length() > 20 || !serialNumber.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
      throw new IllegalArgumentException(
          "serialNumber must be at most 20 printable ASCII characters, got '" + serialNumber + "'");
    }
    if (appVersion < 0
        || appVersion > 0xFFFF
        || bootloaderVersion < 0
        || bootloaderVersion > 0xFFFF) {
      throw new IllegalArgumentException("versions must be in 0..65535 hundredths");
    }
  }

  /** A copy with another APP version (scenario: firmware mismatch). */
  public UnitIdentity withAppVersion(int hundredths) {
    return new UnitIdentity(
        address, serialNumber, hundredths, bootloaderVersion, parallelMode, master);
  }

  /**
   * The units of a site's stack: addresses 1..N, serials {@code SR-2306150001-0000N1}, the master
   * first, parallel modes by stack layout (SIG alone, PAL single-phase, 3P1/3P2/3P3 in turn).
   */
  public static List<UnitIdentity> forStack(SiteConfig config) {
    List<UnitIdentity> out = new ArrayList<>(config.inverters());
    for (int i = 0; i < config.inverters(); i++) {
      int mode =
          switch (config.mode()) {
            case SIG -> SIG;
            case PAL -> PAL;
            case THREE_PHASE -> THREE_PHASE_P1 + i % 3;
          };
      String serial =
          String.format(
              "SR-%010d-%06d", 2306150000L + Math.floorMod(config.seed(), 10000), 300910 + i);
      out.add(
          new UnitIdentity(
              i + 1, serial, DEFAULT_APP_VERSION, DEFAULT_BOOTLOADER_VERSION, mode, i == 0));
    }
    return out;
  }
}
