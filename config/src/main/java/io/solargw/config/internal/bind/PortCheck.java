package io.solargw.config.internal.bind;

import io.solargw.config.CandumpReplayTransport;
import io.solargw.config.ModbusTcpTransport;
import io.solargw.config.SerialTransport;
import io.solargw.config.SlcanTransport;
import io.solargw.config.SocketCanTransport;
import io.solargw.config.TcpTransport;
import io.solargw.config.Transport;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One port, one bus: RS485 is half-duplex, so two schedulers on one wire would collide. Ports are
 * compared normalised: {@code /dev/ttyUSB0/} equals {@code /dev/ttyUSB0}, host names ignore case,
 * and tcp and modbus-tcp share one address space.
 */
final class PortCheck {

  private PortCheck() {}

  static void check(List<Fields> buses, List<Optional<Transport>> transports) {
    Map<String, Integer> firstUse = new HashMap<>();
    for (int i = 0; i < buses.size(); i++) {
      Optional<String> key = transports.get(i).flatMap(PortCheck::key);
      if (key.isEmpty()) {
        continue;
      }
      Integer first = firstUse.putIfAbsent(key.get(), i);
      if (first != null) {
        Fields bus = buses.get(i);
        bus.error(
            "port",
            "'"
                + transports.get(i).get().describe()
                + "' is already used by buses["
                + first
                + "] ("
                + buses.get(first).origin("port").where()
                + "); each port can carry one bus, so put all devices on that wire into one bus");
      }
    }
  }

  /** The normalised port, or empty for transports that do not own a port (replay files). */
  static Optional<String> key(Transport transport) {
    if (transport instanceof SerialTransport serial) {
      return Optional.of("device:" + device(serial.device()));
    } else if (transport instanceof SlcanTransport slcan) {
      return Optional.of("device:" + device(slcan.device()));
    } else if (transport instanceof TcpTransport tcp) {
      return Optional.of("tcp:" + tcp.host().toLowerCase(Locale.ROOT) + ":" + tcp.port());
    } else if (transport instanceof ModbusTcpTransport tcp) {
      return Optional.of("tcp:" + tcp.host().toLowerCase(Locale.ROOT) + ":" + tcp.port());
    } else if (transport instanceof SocketCanTransport can) {
      return Optional.of("can:" + can.interfaceName());
    } else if (transport instanceof CandumpReplayTransport) {
      return Optional.empty();
    }
    throw new IllegalStateException("unknown transport " + transport);
  }

  private static String device(String device) {
    if (device.regionMatches(true, 0, "COM", 0, 3)) {
      return device.toUpperCase(Locale.ROOT);
    }
    try {
      return Path.of(device).normalize().toString();
    } catch (InvalidPathException e) {
      return device;
    }
  }
}
