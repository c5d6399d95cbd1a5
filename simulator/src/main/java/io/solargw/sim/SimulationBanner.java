package io.solargw.sim;

import io.solargw.sim.inverter.UnitIdentity;
import io.solargw.sim.site.StackMode;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a running simulation tells its user: where each bus listens, an mbpoll command that reads
 * it, and the {@code buses:} section of a gateway configuration that polls it (keys as in
 * docs/reference/configuration.md).
 */
public final class SimulationBanner {

  private SimulationBanner() {}

  /** The banner lines of {@code sim}. */
  public static List<String> lines(Simulation sim) {
    SimulationOptions o = sim.options();
    List<String> out = new ArrayList<>();
    out.add(
        String.format(
            Locale.ROOT,
            "Simulating %d inverter(s) (%s, addresses 1-%d) and %d battery pack(s) (PACE, DIP"
                + " 1-%d, pack 1 master); %s baud, speed %sx, seed %d, start %s",
            o.inverters(),
            o.site().mode() == StackMode.THREE_PHASE
                ? "three-phase 3P1/3P2/3P3"
                : o.inverters() == 1 ? "single unit SIG" : "single-phase parallel PAL",
            o.inverters(),
            o.packs(),
            o.packs(),
            o.baud() == 0 ? "no" : String.valueOf(o.baud()),
            plain(o.speed()),
            o.seed(),
            o.start()));
    out.add("  inverter bus   Modbus RTU over TCP    " + text(sim.inverterBus()));
    out.add("  battery bus    PACE ASCII over TCP    " + text(sim.rackBus()));
    sim.modbusTcp().ifPresent(a -> out.add("  inverters      Modbus TCP             " + text(a)));
    sim.can().ifPresent(a -> out.add("  battery CAN    SLCAN adapter over TCP " + text(a)));
    o.inverterPty().ifPresent(p -> out.add("  inverter bus   serial (pty)           " + p));
    o.rackPty().ifPresent(p -> out.add("  battery bus    serial (pty)           " + p));
    o.canPty().ifPresent(p -> out.add("  battery CAN    SLCAN serial (pty)     " + p));
    o.candumpLog().ifPresent(p -> out.add("  battery CAN    candump log            " + p));
    out.add("Read unit 1's DC data (0x0100-0x010B):");
    sim.modbusTcp()
        .ifPresent(
            a ->
                out.add(
                    "  mbpoll -m tcp -p "
                        + a.getPort()
                        + " -a 1 -r 257 -c 12 -t 4:hex -1 "
                        + host(a)));
    String rtu =
        "  mbpoll -m rtu -b "
            + (o.baud() == 0 ? 9600 : o.baud())
            + " -P none -a 1 -r 257 -c 12 -t 4:hex -1 ";
    out.add(
        rtu
            + o.inverterPty()
                .map(Path::toString)
                .orElse(
                    "/tmp/ttyINV    (after: socat pty,raw,echo=0,link=/tmp/ttyINV tcp:"
                        + text(sim.inverterBus())
                        + ")"));
    out.add("Gateway configuration (buses:):");
    out.addAll(config(sim));
    return out;
  }

  private static List<String> config(Simulation sim) {
    SimulationOptions o = sim.options();
    List<String> c = new ArrayList<>();
    c.add("  - name: inverters");
    c.add("    protocol: inverter");
    if (o.inverterPty().isPresent()) {
      c.add("    port: " + o.inverterPty().get());
    } else if (sim.modbusTcp().isPresent()) {
      c.add("    transport: modbus-tcp");
      c.add("    port: " + text(sim.modbusTcp().get()));
    } else {
      c.add("    transport: tcp");
      c.add("    port: " + text(sim.inverterBus()));
    }
    c.add("    inverters:");
    for (int i = 0; i < o.inverters(); i++) {
      UnitIdentity id = sim.inverters().identity(i);
      String phase = o.threePhase() ? ", phase: L" + (i % 3 + 1) : "";
      c.add("      - {address: " + id.address() + phase + "}");
    }
    c.add("  - name: battery");
    c.add("    protocol: bms");
    c.add(
        o.rackPty()
            .map(p -> "    port: " + p)
            .orElse("    transport: tcp\n    port: " + text(sim.rackBus())));
    c.add(
        "    battery: {mode: all-packs, packs: "
            + o.packs()
            + ", protocol_version: 0x25, address: 1}");
    if (o.canPty().isPresent()) {
      c.add("  - name: battery-can");
      c.add("    protocol: can");
      c.add("    transport: slcan");
      c.add("    port: " + o.canPty().get());
    } else if (o.candumpLog().isPresent()) {
      c.add("  - name: battery-can");
      c.add("    protocol: can");
      c.add("    transport: candump-replay");
      c.add("    port: " + o.candumpLog().get());
    }
    return List.of(String.join("\n", c).split("\n"));
  }

  private static String text(InetSocketAddress a) {
    return host(a) + ":" + a.getPort();
  }

  private static String host(InetSocketAddress a) {
    String h = a.getHostString();
    return h.contains(":") ? "[" + h + "]" : h;
  }

  private static String plain(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
