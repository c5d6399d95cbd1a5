package io.solargw.config;

/**
 * Where a bus's bytes go: one record per {@link TransportKind}, built from the bus's {@code
 * transport}, {@code port}, {@code baud} and {@code framing} keys.
 */
public sealed interface Transport
    permits SerialTransport,
        TcpTransport,
        ModbusTcpTransport,
        SlcanTransport,
        SlcanTcpTransport,
        SocketCanTransport,
        CandumpReplayTransport {

  /** Which kind of transport this is. */
  TransportKind kind();

  /** The {@code port:} value as a person reads it (device path, host:port, interface, file). */
  String describe();
}
