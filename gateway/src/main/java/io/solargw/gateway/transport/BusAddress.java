package io.solargw.gateway.transport;

import io.solargw.config.ModbusTcpTransport;
import io.solargw.gateway.bus.BusTiming;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The bus a one-off command ({@code read}, {@code scan}, {@code commission}) is given: a serial
 * port path (8N1 at a baud rate), {@code tcp://HOST:PORT} of an RS485-over-TCP converter, or {@code
 * modbus-tcp://HOST[:PORT]} of a Modbus TCP gateway. Every malformed value is an {@link
 * IllegalArgumentException} with one sentence naming the option.
 */
public final class BusAddress {

  private static final String TCP = "tcp://";
  private static final String MODBUS_TCP = "modbus-tcp://";

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
    if (bus.startsWith(TCP)) {
      URI uri = uri(option, bus, "tcp://HOST:PORT", "tcp://192.168.1.50:8899", true);
      return new TcpLink(uri.getHost(), uri.getPort());
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
    return bus.startsWith(MODBUS_TCP);
  }

  /**
   * The Modbus TCP gateway {@code bus} names: {@code modbus-tcp://HOST[:PORT]}, port 502 unless
   * given.
   *
   * @throws IllegalArgumentException one sentence naming the option and what is wrong
   */
  public static ModbusTcpMaster modbusTcp(String option, String bus, BusTiming timing) {
    URI uri = uri(option, bus, "modbus-tcp://HOST[:PORT]", "modbus-tcp://192.168.1.60", false);
    int port = uri.getPort() < 0 ? ModbusTcpTransport.DEFAULT_PORT : uri.getPort();
    return new ModbusTcpMaster(uri.getHost(), port, timing);
  }

  /** {@code bus} as a URI with a host, a port in 1..65535 (or none, if allowed) and no path. */
  private static URI uri(
      String option, String bus, String form, String example, boolean portRequired) {
    try {
      URI uri = new URI(bus);
      String path = uri.getRawPath();
      boolean noPort = uri.getPort() < 0;
      if (uri.getHost() == null
          || (noPort && portRequired)
          || (!noPort && (uri.getPort() < 1 || uri.getPort() > 65_535))
          || (path != null && !path.isEmpty() && !path.equals("/"))) {
        throw new URISyntaxException(bus, "expected " + form);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          option
              + " '"
              + bus
              + "' is not "
              + form
              + " with a port in 1..65535 (e.g. "
              + example
              + ")",
          e);
    }
  }
}
