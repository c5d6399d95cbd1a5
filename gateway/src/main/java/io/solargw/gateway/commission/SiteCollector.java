package io.solargw.gateway.commission;

import io.solargw.gateway.bus.BusCounters;
import io.solargw.gateway.bus.BusTiming;
import io.solargw.gateway.bus.BusTransactor;
import io.solargw.gateway.bus.ModbusTcpChannel;
import io.solargw.gateway.poll.DeviceReport;
import io.solargw.gateway.transport.CanSource;
import io.solargw.gateway.transport.Link;
import io.solargw.gateway.transport.ModbusTcpMaster;
import io.solargw.protocol.bms.pace.Dialect;
import io.solargw.protocol.inverter.profile.InverterProfile;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads every device of a site once, strictly one request at a time per bus, writing one progress
 * line per device to {@code progress} (stderr in the CLI).
 */
public final class SiteCollector {

  /**
   * The inverter bus to read: a byte link (serial or RS485-over-TCP) or a Modbus TCP gateway, its
   * timing and the expected unit addresses.
   *
   * @param link the RTU link, or null when {@code modbusTcp} is given
   * @param modbusTcp the Modbus TCP gateway, or empty for an RTU link
   */
  public record InverterSide(
      Link link,
      BusTiming timing,
      List<Integer> addresses,
      InverterProfile profile,
      Optional<ModbusTcpMaster> modbusTcp) {
    public InverterSide {
      addresses = List.copyOf(addresses);
      if ((link == null) == modbusTcp.isEmpty()) {
        throw new IllegalArgumentException("give either an RTU link or a Modbus TCP gateway");
      }
    }

    /** An RTU bus on {@code link}. */
    public InverterSide(
        Link link, BusTiming timing, List<Integer> addresses, InverterProfile profile) {
      this(link, timing, addresses, profile, Optional.empty());
    }

    /** Units behind a Modbus TCP gateway. */
    public static InverterSide modbusTcp(
        ModbusTcpMaster master, List<Integer> addresses, InverterProfile profile) {
      return new InverterSide(null, master.timing(), addresses, profile, Optional.of(master));
    }
  }

  /** The battery bus to read: its link, timing, dialect and the number of packs expected. */
  public record RackSide(Link link, BusTiming timing, Dialect dialect, int packs) {}

  /** The CAN source to listen to, and for how long at most. */
  public record CanSide(CanSource source, Duration window) {}

  private final PrintWriter progress;
  private final Clock clock;

  public SiteCollector(PrintWriter progress, Clock clock) {
    this.progress = progress;
    this.clock = clock;
  }

  /** Reads both sides (either may be absent); an unreachable bus is an IOException. */
  public SiteReadings collect(Optional<InverterSide> inverters, Optional<RackSide> rack)
      throws IOException, InterruptedException {
    return collect(inverters, rack, Optional.empty());
  }

  /**
   * Reads both RS485 sides (either may be absent), then listens to the CAN source if there is one;
   * an unreachable RS485 bus is an IOException, a CAN source that does not open is a failed check.
   */
  public SiteReadings collect(
      Optional<InverterSide> inverters, Optional<RackSide> rack, Optional<CanSide> can)
      throws IOException, InterruptedException {
    Map<Integer, DeviceReport> units = new LinkedHashMap<>();
    if (inverters.isPresent()) {
      InverterSide side = inverters.get();
      InverterReader reader = new InverterReader(side.profile(), clock);
      if (side.modbusTcp().isPresent()) {
        ModbusTcpChannel channel = new ModbusTcpChannel(side.modbusTcp().get(), new BusCounters());
        channel.open();
        try {
          for (int address : side.addresses()) {
            say("reading inverter " + address + " on " + channel.describe() + " ...");
            units.put(address, said(address, reader.read(channel, address)));
          }
        } finally {
          channel.close();
        }
      } else {
        try (Link link = side.link()) {
          link.open();
          BusTransactor bus = new BusTransactor(link, side.timing(), new BusCounters());
          for (int address : side.addresses()) {
            say("reading inverter " + address + " on " + link.describe() + " ...");
            units.put(address, said(address, reader.read(bus, address)));
          }
        }
      }
    }
    Map<Integer, PackProbe> packs = new LinkedHashMap<>();
    int expected = rack.map(RackSide::packs).orElse(0);
    if (rack.isPresent()) {
      RackSide side = rack.get();
      RackReader reader = new RackReader(side.dialect());
      try (Link link = side.link()) {
        link.open();
        BusTransactor bus = new BusTransactor(link, side.timing(), new BusCounters());
        for (int a = 1; a <= 15; a++) {
          boolean complete =
              a > expected
                  && packs.values().stream().allMatch(p -> p.answer() == PackProbe.Answer.ANSWERED);
          if (complete) {
            break; // every expected address answered: no pack can sit elsewhere
          }
          say("reading battery address " + a + " on " + link.describe() + " ...");
          PackProbe p = reader.read(bus, a);
          say(
              "  pack "
                  + a
                  + ": "
                  + p.answer().name().toLowerCase(java.util.Locale.ROOT)
                  + p.problem().map(s -> " (" + s + ")").orElse(""));
          packs.put(a, p);
        }
      }
    }
    Optional<CanReading> canReading = Optional.empty();
    if (can.isPresent()) {
      CanSide side = can.get();
      say(
          "listening to CAN on "
              + side.source().describe()
              + " (at most "
              + side.window().toSeconds()
              + " s) ...");
      CanReading r = CanReader.read(side.source(), side.window());
      say(
          "  CAN: "
              + r.problem().orElse(r.frames() + " frames, ids " + String.join(" ", r.idsSeen())));
      canReading = Optional.of(r);
    }
    return new SiteReadings(units, expected, packs, canReading);
  }

  private DeviceReport said(int address, DeviceReport r) {
    say(
        "  inverter "
            + address
            + ": "
            + (Lookup.answered(r) ? "answered" : r.problem().orElse("no answer")));
    return r;
  }

  private void say(String line) {
    progress.println(line);
    progress.flush();
  }
}
