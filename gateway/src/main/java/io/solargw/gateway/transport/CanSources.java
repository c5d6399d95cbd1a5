package io.solargw.gateway.transport;

import io.solargw.config.CanBus;
import io.solargw.config.CandumpReplayTransport;
import io.solargw.config.SlcanTcpTransport;
import io.solargw.config.SlcanTransport;
import io.solargw.config.SocketCanTransport;
import io.solargw.config.Transport;

/** Builds the {@link CanSource} a configured CAN bus names. */
public final class CanSources {

  private CanSources() {}

  /**
   * The source of {@code bus}: an SLCAN adapter on its serial device (8N1 at its {@code baud}, CAN
   * at 500 kbit/s) or behind a serial-to-Ethernet box (TCP), a SocketCAN interface, or its candump
   * log replayed in real time, looping.
   *
   * @throws IllegalArgumentException for a transport a CAN bus cannot have (the configuration
   *     loader already refuses those)
   */
  public static CanSource of(CanBus bus) {
    Transport t = bus.transport();
    if (t instanceof SlcanTransport slcan) {
      return new SlcanSource(new SerialLink(slcan.device(), SerialSettings.of8n1(slcan.baud())));
    } else if (t instanceof SlcanTcpTransport tcp) {
      return new SlcanSource(new TcpLink(tcp.host(), tcp.port()));
    } else if (t instanceof SocketCanTransport socketCan) {
      return new SocketCanSource(socketCan.interfaceName());
    } else if (t instanceof CandumpReplayTransport replay) {
      return new CandumpReplaySource(replay.file(), CandumpReplaySettings.realTimeLooping());
    }
    throw new IllegalArgumentException(
        "bus " + bus.name() + ": a can bus cannot use transport " + t.kind());
  }
}
