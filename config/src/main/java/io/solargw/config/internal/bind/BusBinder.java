package io.solargw.config.internal.bind;

import io.solargw.config.BatteryConfig;
import io.solargw.config.BmsBus;
import io.solargw.config.BusConfig;
import io.solargw.config.BusProtocol;
import io.solargw.config.BusTiming;
import io.solargw.config.CanBus;
import io.solargw.config.Framing;
import io.solargw.config.InverterBus;
import io.solargw.config.SerialTransport;
import io.solargw.config.SocketCanTransport;
import io.solargw.config.Transport;
import io.solargw.config.internal.bind.BusNames.Head;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The {@code buses:} list. */
final class BusBinder {

  private BusBinder() {}

  static List<BusConfig> bind(Fields root, Path base) {
    List<Fields> items = root.list("buses");
    if (items.isEmpty()) {
      root.error(
          "buses",
          "no bus configured; add one, e.g. 'buses: [{port: /dev/ttyUSB0}]' or"
              + " SOLAR_GATEWAY_BUSES_0_PORT=/dev/ttyUSB0");
      return List.of();
    }
    List<Head> heads = items.stream().map(BusBinder::head).toList();
    List<String> names = BusNames.assign(heads);
    InverterBinder inverters = new InverterBinder(base);
    List<BusConfig> buses = new ArrayList<>();
    List<Optional<Transport>> transports = new ArrayList<>();
    for (int i = 0; i < heads.size(); i++) {
      Head head = heads.get(i);
      Optional<Transport> transport = TransportBinder.bind(head.fields(), head.protocol(), base);
      transports.add(transport);
      buses.add(bus(head, names.get(i), transport.orElse(fallback(head.protocol())), inverters));
    }
    PortCheck.check(heads.stream().map(Head::fields).toList(), transports);
    return buses;
  }

  private static Head head(Fields bus) {
    BusProtocol fallback = bus.has("battery") ? BusProtocol.BMS : BusProtocol.INVERTER;
    BusProtocol protocol =
        bus.get(
            "protocol",
            Scalars.choice(
                "a bus protocol", Arrays.asList(BusProtocol.values()), BusProtocol::keyword),
            fallback);
    Optional<String> name =
        bus.get(
            "name",
            Scalars.matching(
                BusConfig.NAME,
                "use 1 to 32 characters a-z, 0-9, _ and - (it appears in MQTT topics)"));
    return new Head(bus, protocol, name);
  }

  private static BusConfig bus(
      Head head, String name, Transport transport, InverterBinder inverters) {
    Fields bus = head.fields();
    BusProtocol protocol = head.protocol();
    return switch (protocol) {
      case INVERTER -> {
        reject(bus, "battery", "only bms buses have a battery; this bus has protocol inverter");
        yield new InverterBus(
            name,
            transport,
            TimingBinder.bind(bus, protocol, Optional.empty(), transport),
            inverters.bind(bus));
      }
      case BMS -> {
        reject(bus, "inverters", "only inverter buses have inverters; this bus has protocol bms");
        BatteryConfig battery = BatteryBinder.bind(bus.section("battery"));
        BusTiming timing = TimingBinder.bind(bus, protocol, Optional.of(battery), transport);
        yield new BmsBus(name, transport, timing, battery);
      }
      case CAN -> {
        String why =
            "a can bus has no devices to configure: the rack's master broadcasts a summary";
        reject(bus, "inverters", why);
        reject(bus, "battery", why);
        yield new CanBus(
            name, transport, TimingBinder.bind(bus, protocol, Optional.empty(), transport));
      }
    };
  }

  private static void reject(Fields bus, String key, String message) {
    if (bus.has(key)) {
      bus.problems().error(bus.keyOrigin(key), bus.path(key), message);
    }
  }

  /**
   * A stand-in transport for a bus whose own could not be built, so that the rest of the bus is
   * still checked. It never leaves the loader: the failed port is an error, so loading fails.
   */
  private static Transport fallback(BusProtocol protocol) {
    return protocol == BusProtocol.CAN
        ? new SocketCanTransport("can0")
        : new SerialTransport("/dev/null", SerialTransport.DEFAULT_BAUD, Framing.DEFAULT);
  }
}
