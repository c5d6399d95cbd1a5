package io.solargw.gateway.cli;

import io.solargw.gateway.bus.BusTiming;
import io.solargw.gateway.transport.BusAddress;
import io.solargw.gateway.transport.Link;
import io.solargw.gateway.transport.ModbusTcpMaster;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --bus PORT|tcp://HOST:PORT|modbus-tcp://HOST[:PORT]}, {@code --baud}, {@code --timeout}: a
 * bus for one-off commands.
 */
public final class BusOptions {

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
    return BusAddress.isModbusTcp(bus);
  }

  /**
   * The Modbus TCP gateway of {@code modbus-tcp://HOST[:PORT]} (port 502 unless given); a malformed
   * value is a usage error (exit 2).
   */
  public ModbusTcpMaster modbusTcp(BusTiming timing) {
    checkTimeout();
    try {
      return BusAddress.modbusTcp("--bus", bus, timing);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** The link the options describe; a malformed value is a usage error (exit 2). */
  public Link link() {
    checkTimeout();
    if (bus.contains("://") && !bus.startsWith("tcp://")) {
      throw new ParameterException(
          spec.commandLine(),
          "--bus '"
              + bus
              + "': only serial ports, tcp://HOST:PORT and (for inverters)"
              + " modbus-tcp://HOST[:PORT] are supported");
    }
    try {
      return BusAddress.link("--bus", bus, baud);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
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
