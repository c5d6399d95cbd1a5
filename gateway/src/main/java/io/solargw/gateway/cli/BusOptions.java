package io.solargw.gateway.cli;

import io.solargw.config.ModbusTcpTransport;
import io.solargw.gateway.bus.BusTiming;
import io.solargw.gateway.transport.Link;
import io.solargw.gateway.transport.ModbusTcpMaster;
import io.solargw.gateway.transport.SerialLink;
import io.solargw.gateway.transport.SerialSettings;
import io.solargw.gateway.transport.TcpLink;
import java.net.URI;
import java.net.URISyntaxException;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --bus PORT|tcp://HOST:PORT|modbus-tcp://HOST[:PORT]}, {@code --baud}, {@code --timeout}: a
 * bus for one-off commands.
 */
public final class BusOptions {

  private static final String MODBUS_TCP = "modbus-tcp://";

  @Spec(Spec.Target.MIXEE)
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--bus",
      required = true,
      paramLabel = "PORT",
      description =
          "Serial port (/dev/ttyUSB0, /dev/serial/by-id/...), RS485-over-TCP converter"
              + " (tcp://192.168.1.50:8899) or, for inverters, a Modbus TCP gateway"
              + " (modbus-tcp://192.168.1.60, port 502 unless given). scan --protocol can also"
              + " takes socketcan:can0 or a candump log.")
  String bus;

  @Option(
      names = "--baud",
      defaultValue = "9600",
      description = "Serial baud rate (default ${DEFAULT-VALUE}; 8N1).")
  int baud;

  @Option(
      names = "--timeout",
      defaultValue = "1000",
      paramLabel = "MS",
      description = "Answer timeout per request in milliseconds (default ${DEFAULT-VALUE}).")
  int timeoutMillis;

  /** True for {@code modbus-tcp://HOST[:PORT]}: Modbus requests, no byte link. */
  public boolean isModbusTcp() {
    return bus.startsWith(MODBUS_TCP);
  }

  /**
   * The Modbus TCP gateway of {@code modbus-tcp://HOST[:PORT]} (port 502 unless given); a malformed
   * value is a usage error (exit 2).
   */
  public ModbusTcpMaster modbusTcp(BusTiming timing) {
    checkTimeout();
    URI uri = uri("modbus-tcp://HOST[:PORT] (e.g. modbus-tcp://192.168.1.60)", false);
    int port = uri.getPort() < 0 ? ModbusTcpTransport.DEFAULT_PORT : uri.getPort();
    return new ModbusTcpMaster(uri.getHost(), port, timing);
  }

  /** The link the options describe; a malformed value is a usage error (exit 2). */
  public Link link() {
    checkTimeout();
    if (bus.isBlank()) {
      throw new ParameterException(
          spec.commandLine(),
          "--bus is empty: give a serial port such as /dev/ttyUSB0, or tcp://HOST:PORT");
    }
    if (bus.startsWith("tcp://")) {
      URI uri = uri("tcp://HOST:PORT (e.g. tcp://192.168.1.50:8899)", true);
      return new TcpLink(uri.getHost(), uri.getPort());
    }
    if (bus.contains("://")) {
      throw new ParameterException(
          spec.commandLine(),
          "--bus '"
              + bus
              + "': only serial ports, tcp://HOST:PORT and (for inverters)"
              + " modbus-tcp://HOST[:PORT] are supported");
    }
    try {
      return new SerialLink(bus, SerialSettings.of8n1(baud));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--baud: " + e.getMessage());
    }
  }

  private URI uri(String form, boolean portRequired) {
    try {
      URI uri = new URI(bus);
      if (uri.getHost() == null
          || (portRequired && uri.getPort() < 1)
          || uri.getPort() > 65_535
          || hasPath(uri)) {
        throw new URISyntaxException(bus, "expected " + form);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new ParameterException(spec.commandLine(), "--bus '" + bus + "' is not " + form);
    }
  }

  private static boolean hasPath(URI uri) {
    return uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !"/".equals(uri.getRawPath());
  }

  private void checkTimeout() {
    if (timeoutMillis < 10 || timeoutMillis > 60_000) {
      throw new ParameterException(
          spec.commandLine(), "--timeout must be in 10..60000 ms, got " + timeoutMillis);
    }
  }

  /** The answer timeout; out of range is a usage error (exit 2), whichever is asked first. */
  public java.time.Duration timeout() {
    checkTimeout();
    return java.time.Duration.ofMillis(timeoutMillis);
  }
}
