package io.solargw.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a bus carries: the {@code protocol:} key of a bus, and the transports it may use. */
public enum BusProtocol {
  /** SRNE-family hybrid inverters, Modbus RTU; up to 9 on one bus. */
  INVERTER("inverter", List.of(TransportKind.SERIAL, TransportKind.TCP, TransportKind.MODBUS_TCP)),
  /** A LiFePO4 rack speaking the PACE (VER 0x25) or Pylontech (VER 0x20) RS485 ASCII protocol. */
  BMS("bms", List.of(TransportKind.SERIAL, TransportKind.TCP)),
  /** A rack's Pylontech-compatible CAN summary frames (500 kbit/s, listen only). */
  CAN(
      "can",
      List.of(
          TransportKind.SLCAN,
          TransportKind.SOCKETCAN,
          TransportKind.SLCAN_TCP,
          TransportKind.CANDUMP_REPLAY));

  private final String keyword;
  private final List<TransportKind> transports;

  BusProtocol(String keyword, List<TransportKind> transports) {
    this.keyword = keyword;
    this.transports = transports;
  }

  /** The spelling in the YAML file. */
  public String keyword() {
    return keyword;
  }

  /** The transports this protocol can run on, the usual one first. */
  public List<TransportKind> transports() {
    return transports;
  }

  /** Whether this protocol can run on the transport. */
  public boolean allows(TransportKind kind) {
    return transports.contains(kind);
  }

  /** The protocol spelled {@code keyword} (exactly, lower case), if any. */
  public static Optional<BusProtocol> of(String keyword) {
    return Arrays.stream(values()).filter(v -> v.keyword.equals(keyword)).findFirst();
  }
}
