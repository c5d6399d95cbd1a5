package io.solargw.gateway.cli;

import io.solargw.gateway.transport.Link;
import io.solargw.gateway.transport.SerialLink;
import io.solargw.gateway.transport.SerialSettings;
import io.solargw.gateway.transport.TcpLink;
import java.net.URI;
import java.net.URISyntaxException;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --bus PORT|tcp://HOST:PORT}, {@code --baud}, {@code --timeout}: a bus for one-off
 * commands.
 */
public final class BusOptions {

  @Spec(Spec.Target.MIXEE)
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--bus",
      required = true,
      paramLabel = "PORT",
      description =
          "Serial port (/dev/ttyUSB0, /dev/serial/by-id/...) or RS485-over-TCP converter"
              + " (tcp://192.168.1.50:8899).")
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

  /** The link the options describe; a malformed value is a usage error (exit 2). */
  public Link link() {
    if (timeoutMillis < 10 || timeoutMillis > 60_000) {
      throw new ParameterException(
          spec.commandLine(), "--timeout must be in 10..60000 ms, got " + timeoutMillis);
    }
    if (bus.startsWith("tcp://")) {
      try {
        URI uri = new URI(bus);
        if (uri.getHost() == null || uri.getPort() < 1) {
          throw new URISyntaxException(bus, "expected tcp://HOST:PORT");
        }
        return new TcpLink(uri.getHost(), uri.getPort());
      } catch (URISyntaxException e) {
        throw new ParameterException(
            spec.commandLine(),
            "--bus '" + bus + "' is not tcp://HOST:PORT (e.g. tcp://192.168.1.50:8899)");
      }
    }
    if (bus.contains("://")) {
      throw new ParameterException(
          spec.commandLine(), "--bus '" + bus + "': only serial ports and tcp:// are supported");
    }
    try {
      return new SerialLink(bus, SerialSettings.of8n1(baud));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--baud: " + e.getMessage());
    }
  }

  /** The answer timeout. */
  public java.time.Duration timeout() {
    return java.time.Duration.ofMillis(timeoutMillis);
  }
}
