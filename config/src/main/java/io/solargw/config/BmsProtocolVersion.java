package io.solargw.config;

import java.util.Arrays;
import java.util.Optional;

/** The VER byte of the battery's RS485 ASCII frames (bms.md 1.6). */
public enum BmsProtocolVersion {
  /** PACE "PbmsTools" generation, VER 0x25; DIP addresses 0..15, master = 1. */
  PACE(0x25, 15, 1),
  /** Pylontech RS485 and "version 20" variants, VER 0x20; master address 2 (bms.md 5.6). */
  PYLONTECH(0x20, 255, 2);

  private final int code;
  private final int maxAddress;
  private final int defaultAddress;

  BmsProtocolVersion(int code, int maxAddress, int defaultAddress) {
    this.code = code;
    this.maxAddress = maxAddress;
    this.defaultAddress = defaultAddress;
  }

  /** The VER byte, e.g. 0x25. */
  public int code() {
    return code;
  }

  /** Highest pack address (ADR) this protocol can express. */
  public int maxAddress() {
    return maxAddress;
  }

  /** The master pack's usual address: 1 for PACE (DIP switch), 2 for Pylontech. */
  public int defaultAddress() {
    return defaultAddress;
  }

  /** The version with VER byte {@code code}, if known. */
  public static Optional<BmsProtocolVersion> of(int code) {
    return Arrays.stream(values()).filter(v -> v.code == code).findFirst();
  }

  /** {@code 0x25} style, as written in the YAML file. */
  public String hex() {
    return String.format("0x%02X", code);
  }
}
