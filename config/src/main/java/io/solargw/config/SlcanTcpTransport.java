package io.solargw.config;

import io.solargw.config.internal.Require;

/**
 * A USB-CAN adapter speaking SLCAN (Lawicel ASCII) behind a serial-to-Ethernet box in transparent
 * TCP server mode (or any SLCAN adapter with a TCP port): the SLCAN text goes through the socket
 * unchanged. The adapter's serial rate is set on the box; CAN runs at the Pylontech rate of 500
 * kbit/s (bms.md 6.1).
 *
 * @param host host name or IP address of the box (IPv6 without brackets)
 * @param port its TCP port, 1..65535 (there is no default)
 */
public record SlcanTcpTransport(String host, int port) implements Transport {

  /** Checks the host text and the port range. */
  public SlcanTcpTransport {
    Require.printable("host", host);
    Require.range("port", port, 1, 65535);
  }

  @Override
  public TransportKind kind() {
    return TransportKind.SLCAN_TCP;
  }

  @Override
  public String describe() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }
}
