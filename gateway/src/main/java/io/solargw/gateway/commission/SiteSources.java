package io.solargw.gateway.commission;

import io.solargw.config.BmsBus;
import io.solargw.config.BmsProtocolVersion;
import io.solargw.config.BusConfig;
import io.solargw.config.CanBus;
import io.solargw.config.GatewayConfig;
import io.solargw.config.InverterBus;
import io.solargw.config.InverterConfig;
import io.solargw.config.ModbusTcpTransport;
import io.solargw.config.SerialTransport;
import io.solargw.config.TcpTransport;
import io.solargw.config.Transport;
import io.solargw.gateway.bus.BusTiming;
import io.solargw.gateway.transport.BusAddress;
import io.solargw.gateway.transport.CanSource;
import io.solargw.gateway.transport.CanSources;
import io.solargw.gateway.transport.CandumpReplaySettings;
import io.solargw.gateway.transport.CandumpReplaySource;
import io.solargw.gateway.transport.Link;
import io.solargw.gateway.transport.ModbusTcpMaster;
import io.solargw.gateway.transport.SerialLink;
import io.solargw.gateway.transport.SerialSettings;
import io.solargw.gateway.transport.SlcanSource;
import io.solargw.gateway.transport.SocketCanSource;
import io.solargw.gateway.transport.TcpLink;
import io.solargw.protocol.bms.pace.Dialect;
import io.solargw.protocol.inverter.profile.InverterProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Turns a gateway configuration or command-line bus names into the buses the collector reads. */
public final class SiteSources {

  private SiteSources() {}

  /** The first inverter bus of {@code config}, if any. */
  public static Optional<SiteCollector.InverterSide> inverters(
      GatewayConfig config, InverterProfile profile) {
    for (BusConfig b : config.buses()) {
      if (b instanceof InverterBus bus && !bus.inverters().isEmpty()) {
        List<Integer> addresses = bus.inverters().stream().map(InverterConfig::address).toList();
        if (bus.transport() instanceof ModbusTcpTransport tcp) {
          return Optional.of(
              SiteCollector.InverterSide.modbusTcp(
                  new ModbusTcpMaster(tcp.host(), tcp.port(), timing(bus.timing())),
                  addresses,
                  profile));
        }
        return Optional.of(
            new SiteCollector.InverterSide(
                link(bus.transport()), timing(bus.timing()), addresses, profile));
      }
    }
    return Optional.empty();
  }

  /** The first battery bus of {@code config}, if any. */
  public static Optional<SiteCollector.RackSide> rack(GatewayConfig config) {
    for (BusConfig b : config.buses()) {
      if (b instanceof BmsBus bus) {
        Dialect dialect =
            bus.battery().protocolVersion() == BmsProtocolVersion.PYLONTECH
                ? Dialect.PYLONTECH
                : Dialect.PACE;
        return Optional.of(
            new SiteCollector.RackSide(
                link(bus.transport()), timing(bus.timing()), dialect, bus.battery().packs()));
      }
    }
    return Optional.empty();
  }

  /** A source for the first CAN bus of {@code config}, if any. */
  public static Optional<CanSource> can(GatewayConfig config) {
    for (BusConfig b : config.buses()) {
      if (b instanceof CanBus bus) {
        return Optional.of(CanSources.of(bus));
      }
    }
    return Optional.empty();
  }

  /**
   * A CAN source named on the command line: {@code tcp://HOST:PORT} (an SLCAN adapter behind a
   * serial-to-TCP box), {@code socketcan:IFACE}, a candump log file, or the serial port of an SLCAN
   * adapter at {@code adapterBaud} 8N1.
   *
   * @throws IllegalArgumentException naming what is wrong with {@code spec}
   */
  public static CanSource can(String spec, int adapterBaud) {
    if (spec.startsWith("socketcan:")) {
      String name = spec.substring("socketcan:".length());
      if (!name.matches("[A-Za-z0-9_.-]{1,15}")) {
        throw new IllegalArgumentException("'" + spec + "': expected socketcan:IFACE, e.g. can0");
      }
      return new SocketCanSource(name);
    }
    if (Files.isRegularFile(Path.of(spec))) {
      return new CandumpReplaySource(Path.of(spec), CandumpReplaySettings.asFastAsPossible());
    }
    return new SlcanSource(BusAddress.link("CAN source", spec, adapterBaud));
  }

  private static Link link(Transport t) {
    if (t instanceof SerialTransport s) {
      return new SerialLink(
          s.device(),
          new SerialSettings(
              s.baud(),
              s.framing().dataBits(),
              s.framing().parity().letter(),
              s.framing().stopBits()));
    }
    if (t instanceof TcpTransport tcp) {
      return new TcpLink(tcp.host(), tcp.port());
    }
    throw new IllegalArgumentException(
        "transport "
            + t.describe()
            + " is not supported by commission (serial, tcp or modbus-tcp)");
  }

  private static BusTiming timing(io.solargw.config.BusTiming t) {
    return new BusTiming(t.timeout(), t.gap(), t.retries());
  }
}
