package io.solargw.config;

import java.util.Arrays;
import java.util.Optional;

/** How the gateway reaches a bus: the {@code transport:} key of a bus. */
public enum TransportKind {
  /** A local serial device: USB-RS485 dongle, or a USB-CAN adapter speaking SLCAN. */
  SERIAL("serial"),
  /** A raw RS485-to-Ethernet converter: the bus bytes go through a TCP socket unchanged. */
  TCP("tcp"),
  /** A Modbus TCP gateway (MBAP framing); inverter buses only. */
  MODBUS_TCP("modbus-tcp"),
  /** A USB-CAN adapter speaking the SLCAN text protocol on a serial device; CAN buses only. */
  SLCAN("slcan"),
  /** An SLCAN adapter behind a serial-to-Ethernet box ({@code host:port}); CAN buses only. */
  SLCAN_TCP("slcan-tcp"),
  /** A Linux SocketCAN interface such as {@code can0}; CAN buses only. */
  SOCKETCAN("socketcan"),
  /** Replays a candump log file instead of a live bus (demos, tests); CAN buses only. */
  CANDUMP_REPLAY("candump-replay");

  private final String keyword;

  TransportKind(String keyword) {
    this.keyword = keyword;
  }

  /** The spelling in the YAML file. */
  public String keyword() {
    return keyword;
  }

  /** The transport spelled {@code keyword} (exactly, lower case), if any. */
  public static Optional<TransportKind> of(String keyword) {
    return Arrays.stream(values()).filter(v -> v.keyword.equals(keyword)).findFirst();
  }
}
