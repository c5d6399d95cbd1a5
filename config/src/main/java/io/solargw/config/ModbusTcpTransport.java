package io.solargw.config;

import io.solargw.config.internal.Require;

/**
 * A Modbus TCP gateway or an inverter's Modbus TCP port: requests go out with the MBAP header, the
 * inverter address becomes the unit id.
 *
 * @param host host name or IP address (IPv6 without brackets)
 * @param port TCP port, 1..65535; default {@value #DEFAULT_PORT}
 */
public record ModbusTcpTransport(String host, int port) implements Transport {

  /** The registered Modbus TCP port, used when {@code port:} gives only a host. */
  public static final int DEFAULT_PORT = 502;

  /** Checks the host text and the port range. */
  public ModbusTcpTransport {
    Require.printable("host", host);
    Require.range("port", port, 1, 65535);
  }

  @Override
  public TransportKind kind() {
    return TransportKind.MODBUS_TCP;
  }

  @Override
  public String describe() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }
}
