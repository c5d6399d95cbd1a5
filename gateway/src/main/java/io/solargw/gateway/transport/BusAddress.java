package io.solargw.gateway.transport;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The bus a one-off command ({@code read}, {@code scan}, {@code commission}) is given: a serial
 * port path (8N1 at a baud rate) or {@code tcp://HOST:PORT} of an RS485-over-TCP converter.
 */
public final class BusAddress {

  private BusAddress() {}

  /**
   * The link {@code bus} names.
   *
   * @param option the command-line option it came from, for the message ({@code --bus})
   * @param bus a serial port or {@code tcp://HOST:PORT}
   * @param baud serial baud rate (ignored for TCP)
   * @throws IllegalArgumentException one sentence naming the option and what is wrong
   */
  public static Link link(String option, String bus, int baud) {
    if (bus.startsWith("tcp://")) {
      try {
        URI uri = new URI(bus);
        if (uri.getHost() == null || uri.getPort() < 1 || uri.getPort() > 65_535) {
          throw new URISyntaxException(bus, "expected tcp://HOST:PORT");
        }
        return new TcpLink(uri.getHost(), uri.getPort());
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(
            option
                + " '"
                + bus
                + "' is not tcp://HOST:PORT with a port in 1..65535"
                + " (e.g. tcp://192.168.1.50:8899)",
            e);
      }
    }
    if (bus.contains("://")) {
      throw new IllegalArgumentException(
          option + " '" + bus + "': only serial ports and tcp:// are supported");
    }
    if (bus.isBlank()) {
      throw new IllegalArgumentException(
          option + " is empty: give a serial port such as /dev/ttyUSB0, or tcp://HOST:PORT");
    }
    try {
      return new SerialLink(bus, SerialSettings.of8n1(baud));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--baud: " + e.getMessage(), e);
    }
  }

  /** True for {@code modbus-tcp://HOST[:PORT]}. */
  public static boolean isModbusTcp(String bus) {
    return bus.startsWith("modbus-tcp://");
  }

  /**
   * The Modbus TCP gateway {@code bus} names: {@code modbus-tcp://HOST[:PORT]}, port 502 unless
   * given.
   *
   * @throws IllegalArgumentException one sentence naming the option and what is wrong
   */
  public static ModbusTcpMaster modbusTcp(
      String option, String bus, io.solargw.gateway.bus.BusTiming timing) {
    try {
      URI uri = new URI(bus);
      String path = uri.getRawPath();
      if (uri.getHost() == null
          || uri.getPort() == 0
          || uri.getPort() > 65_535
          || (path != null && !path.isEmpty() && !path.equals("/"))) {
        throw new URISyntaxException(bus, "expected modbus-tcp://HOST[:PORT]");
      }
      int port =
          uri.getPort() < 0 ? io.solargw.config.ModbusTcpTransport.DEFAULT_PORT : uri.getPort();
      return new ModbusTcpMaster(uri.getHost(), port, timing);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          option
              + " '"
              + bus
              + "' is not modbus-tcp://HOST[:PORT] with a port in 1..65535"
              + " (e.g. modbus-tcp://192.168.1.60)",
          e);
    }
  }
}
