package io.solargw.gateway.runtime;

import io.solargw.config.SerialTransport;
import io.solargw.config.TcpTransport;
import io.solargw.config.Transport;
import io.solargw.gateway.transport.Link;
import io.solargw.gateway.transport.SerialLink;
import io.solargw.gateway.transport.SerialSettings;
import io.solargw.gateway.transport.TcpLink;

/** Builds the byte link of a request/response bus from its configured transport. */
final class Links {

  private Links() {}

  /**
   * The byte link for {@code transport}: serial or raw TCP (a Modbus TCP inverter bus has no byte
   * link; {@code InverterBuses} gives it a Modbus TCP worker).
   */
  static Link of(Transport transport) {
    if (transport instanceof SerialTransport s) {
      return new SerialLink(
          s.device(),
          new SerialSettings(
              s.baud(),
              s.framing().dataBits(),
              s.framing().parity().letter(),
              s.framing().stopBits()));
    }
    if (transport instanceof TcpTransport t) {
      return new TcpLink(t.host(), t.port());
    }
    throw new IllegalArgumentException(
        "transport " + transport.describe() + " does not carry a request/response bus");
  }
}
