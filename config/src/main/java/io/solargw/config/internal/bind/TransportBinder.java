package io.solargw.config.internal.bind;

import io.solargw.config.BusProtocol;
import io.solargw.config.CandumpReplayTransport;
import io.solargw.config.Framing;
import io.solargw.config.ModbusTcpTransport;
import io.solargw.config.SerialTransport;
import io.solargw.config.SlcanTcpTransport;
import io.solargw.config.SlcanTransport;
import io.solargw.config.SocketCanTransport;
import io.solargw.config.TcpTransport;
import io.solargw.config.Transport;
import io.solargw.config.TransportKind;
import io.solargw.config.internal.Printable;
import io.solargw.config.internal.bind.Scalars.Invalid;
import io.solargw.config.internal.bind.Scalars.Parser;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Builds a bus's {@link Transport} from its {@code transport}, {@code port}, {@code baud}, {@code
 * framing}.
 */
final class TransportBinder {

  private static final Pattern WINDOWS_PORT = Pattern.compile("(?i)COM[0-9]{1,3}");
  private static final Pattern HOST_PORT = Pattern.compile("(\\[.*]|[^/\\[\\]]+):[0-9]+");
  private static final int MAX_PORT_LENGTH = 1024;

  private TransportBinder() {}

  /** The transport, or empty when it cannot be built (the reason is reported). */
  static Optional<Transport> bind(Fields bus, BusProtocol protocol, Path base) {
    Optional<String> port = bus.require("port", Scalars.text(MAX_PORT_LENGTH), portHint(protocol));
    Optional<TransportKind> kind = kind(bus, protocol, port);
    if (port.isEmpty() || kind.isEmpty()) {
      return Optional.empty();
    }
    warnIgnored(bus, kind.get());
    String text = port.get();
    return switch (kind.get()) {
      case SERIAL -> Optional.of(serial(bus, text));
      case SLCAN ->
          Optional.of(
              new SlcanTransport(text, bus.get("baud", baud(), SlcanTransport.DEFAULT_BAUD)));
      case TCP -> bus.get("port", Hosts.endpoint(0)).map(e -> new TcpTransport(e.host(), e.port()));
      case SLCAN_TCP ->
          bus.get("port", Hosts.endpoint(0)).map(e -> new SlcanTcpTransport(e.host(), e.port()));
      case MODBUS_TCP ->
          bus.get("port", Hosts.endpoint(ModbusTcpTransport.DEFAULT_PORT))
              .map(e -> new ModbusTcpTransport(e.host(), e.port()));
      case SOCKETCAN ->
          bus.get(
                  "port",
                  Scalars.matching(
                      SocketCanTransport.INTERFACE, "a CAN interface name such as can0"))
              .map(SocketCanTransport::new);
      case CANDUMP_REPLAY ->
          bus.get("port", FileValues.path(base))
              .filter(file -> FileValues.requireFile(bus, "port", file))
              .map(CandumpReplayTransport::new);
    };
  }

  private static Transport serial(Fields bus, String device) {
    if (HOST_PORT.matcher(device).matches()) {
      bus.warning(
          "port",
          Printable.quote(device)
              + " looks like host:port, not a serial device; for an"
              + " RS485-to-Ethernet converter set transport: tcp");
    }
    int baud = bus.get("baud", baud(), SerialTransport.DEFAULT_BAUD);
    Framing framing = bus.get("framing", framing(), Framing.DEFAULT);
    return new SerialTransport(device, baud, framing);
  }

  /** The configured transport, or the one the port's form implies. */
  private static Optional<TransportKind> kind(
      Fields bus, BusProtocol protocol, Optional<String> port) {
    Optional<TransportKind> configured =
        bus.get(
            "transport",
            Scalars.choice(
                "a transport", Arrays.asList(TransportKind.values()), TransportKind::keyword));
    if (configured.isPresent() && !protocol.allows(configured.get())) {
      bus.error(
          "transport",
          configured.get().keyword()
              + " cannot carry a "
              + protocol.keyword()
              + " bus; allowed for "
              + protocol.keyword()
              + ": "
              + String.join(
                  ", ", protocol.transports().stream().map(TransportKind::keyword).toList()));
      return Optional.empty();
    }
    if (configured.isPresent() || bus.has("transport") || port.isEmpty()) {
      return configured;
    }
    Optional<TransportKind> inferred = infer(protocol, port.get());
    if (inferred.isEmpty()) {
      bus.error(
          "port",
          "cannot tell the transport from "
              + Printable.quote(port.get())
              + ": "
              + portHint(protocol)
              + "; or set transport: ("
              + String.join(
                  " | ", protocol.transports().stream().map(TransportKind::keyword).toList())
              + ")");
    }
    return inferred;
  }

  /**
   * A path or COMn is a serial device (SLCAN adapter on a can bus), host:port a converter (an SLCAN
   * adapter behind a serial-to-Ethernet box on a can bus), and a bare name on a can bus a SocketCAN
   * interface. candump-replay is never guessed.
   */
  static Optional<TransportKind> infer(BusProtocol protocol, String port) {
    boolean device = port.startsWith("/") || WINDOWS_PORT.matcher(port).matches();
    if (protocol == BusProtocol.CAN) {
      if (device) {
        return Optional.of(TransportKind.SLCAN);
      }
      if (HOST_PORT.matcher(port).matches()) {
        return Optional.of(TransportKind.SLCAN_TCP);
      }
      return SocketCanTransport.INTERFACE.matcher(port).matches()
          ? Optional.of(TransportKind.SOCKETCAN)
          : Optional.empty();
    }
    if (device) {
      return Optional.of(TransportKind.SERIAL);
    }
    return HOST_PORT.matcher(port).matches() ? Optional.of(TransportKind.TCP) : Optional.empty();
  }

  private static void warnIgnored(Fields bus, TransportKind kind) {
    if (bus.has("baud") && kind != TransportKind.SERIAL && kind != TransportKind.SLCAN) {
      bus.warning(
          "baud",
          "is ignored with transport "
              + kind.keyword()
              + "; it applies to serial and slcan (a converter or interface sets its own rate)");
    }
    if (bus.has("framing") && kind != TransportKind.SERIAL) {
      bus.warning(
          "framing", "is ignored with transport " + kind.keyword() + "; it applies to serial only");
    }
  }

  private static String portHint(BusProtocol protocol) {
    return protocol == BusProtocol.CAN
        ? "set the CAN interface (e.g. can0), the SLCAN adapter's device (e.g. /dev/ttyACM0) or"
            + " host:port (behind a serial-to-Ethernet box), or a candump file"
        : "set the serial device (e.g. /dev/ttyUSB0, better /dev/serial/by-id/...) or the"
            + " converter's host:port (e.g. 192.168.1.50:8899)";
  }

  private static Parser<Integer> baud() {
    return Scalars.oneOf("a standard baud rate", SerialTransport.STANDARD_BAUD_RATES);
  }

  private static Parser<Framing> framing() {
    return text ->
        Framing.parse(text)
            .orElseThrow(
                () ->
                    new Invalid(
                        Printable.quote(text)
                            + " is not a framing; write data bits 7|8, parity N|E|O, stop bits 1|2,"
                            + " e.g. 8N1"));
  }
}
