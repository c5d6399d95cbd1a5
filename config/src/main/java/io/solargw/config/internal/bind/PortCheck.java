package io.solargw.config.internal.bind;

import io.solargw.config.CandumpReplayTransport;
import io.solargw.config.ModbusTcpTransport;
import io.solargw.config.SerialTransport;
import io.solargw.config.SlcanTcpTransport;
import io.solargw.config.SlcanTransport;
import io.solargw.config.SocketCanTransport;
import io.solargw.config.TcpTransport;
import io.solargw.config.Transport;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One port, one bus: RS485 is half-duplex, so two schedulers on one wire would collide. Ports are
 * compared normalised: {@code /dev/ttyUSB0/} equals {@code /dev/ttyUSB0}, a device that exists is
 * compared by its real path (so {@code /dev/serial/by-id/usb-FTDI...} equals the {@code
 * /dev/ttyUSB0} it links to), host names ignore case, and tcp, modbus-tcp and slcan-tcp share one
 * address space.
 */
final class PortCheck {

  private static final String DEVICE = "device:";

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
                + ")"
                + sameWire(transports.get(first).get(), transports.get(i).get(), key.get())
                + "; each port can carry one bus, so put all devices on that wire into one bus");
      }
    }
  }

  /** Names the real device when a symlink made two differently written paths one port. */
  private static String sameWire(Transport first, Transport second, String key) {
    if (!key.startsWith(DEVICE)) {
      return "";
    }
    String real = key.substring(DEVICE.length());
    boolean linked =
        !real.equals(written(first.describe())) || !real.equals(written(second.describe()));
    return linked ? " (both are " + real + ")" : "";
  }

  /** The normalised port, or empty for transports that do not own a port (replay files). */
  static Optional<String> key(Transport transport) {
    if (transport instanceof SerialTransport serial) {
      return Optional.of(DEVICE + device(serial.device()));
    } else if (transport instanceof SlcanTransport slcan) {
      return Optional.of(DEVICE + device(slcan.device()));
    } else if (transport instanceof SlcanTcpTransport tcp) {
      return Optional.of("tcp:" + tcp.host().toLowerCase(Locale.ROOT) + ":" + tcp.port());
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
    String written = written(device);
    if (written.startsWith("COM")) {
      return written;
    }
    try {
      // udev's by-id and by-path names are symlinks to the same ttyUSBn: one wire.
      return Path.of(written).toRealPath().toString();
    } catch (IOException | InvalidPathException | SecurityException e) {
      return written; // not plugged in (yet): compare as written
    }
  }

  private static String written(String device) {
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
