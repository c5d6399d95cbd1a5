package io.solargw.config;

import io.solargw.config.internal.Require;

/**
 * A raw RS485-to-Ethernet converter (USR-TCP232, Elfin EW11, ...) in "transparent" TCP server mode:
 * the gateway writes and reads the bus bytes through the socket unchanged.
 *
 * @param host host name or IP address of the converter (IPv6 without brackets)
 * @param port its TCP port, 1..65535 (8899 on many converters; there is no default)
 */
public record TcpTransport(String host, int port) implements Transport {

  /** Checks the host text and the port range. */
  public TcpTransport {
    Require.printable("host", host);
    Require.range("port", port, 1, 65535);
  }

  @Override
  public TransportKind kind() {
    return TransportKind.TCP;
  }

  @Override
  public String describe() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }
}
