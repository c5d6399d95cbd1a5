package io.solargw.gateway.cli;

import io.solargw.config.SlcanTransport;
import io.solargw.gateway.bus.BusCounters;
import io.solargw.gateway.bus.BusTiming;
import io.solargw.gateway.bus.BusTransactor;
import io.solargw.gateway.commission.CanReader;
import io.solargw.gateway.commission.CanReading;
import io.solargw.gateway.commission.SiteSources;
import io.solargw.gateway.transport.CanSource;
import io.solargw.gateway.transport.Link;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code scan}: which addresses answer on a bus, with model, serial and firmware of each. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {
      "Find the devices on a bus: inverters at Modbus addresses 1..10, battery packs at",
      "addresses 1..15. Prints the address, serial number and firmware of each.",
      "With --protocol can, listens to the rack's CAN side for a few seconds (an SLCAN adapter's",
      "serial port, tcp://HOST:PORT for one behind a TCP box, socketcan:can0, or a candump log)",
      "and prints the rack summary and the frame ids seen.",
      "Exit status: 0 something answered, 1 nothing answered, 2 bad arguments."
    })
public final class ScanCommand implements Callable<Integer> {

  /** What is on the bus. */
  public enum Protocol {
    inverter,
    bms,
    can
  }

  /** How long {@code --protocol can} listens: the rack sends its summary once a second. */
  private static final Duration CAN_WINDOW = Duration.ofSeconds(5);

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin BusOptions busOptions;
  @Mixin OutputOptions output;

  @Option(
      names = "--protocol",
      required = true,
      description = "What the bus carries: ${COMPLETION-CANDIDATES}.")
  Protocol protocol;

  @Option(
      names = "--max-address",
      description = "Highest address to try (default 10 for inverters, 15 for packs).")
  Integer maxAddress;

  /** Asks one address; empty when nothing answered. */
  @FunctionalInterface
  private interface Probe {
    Map<String, Object> at(int address) throws IOException, InterruptedException;
  }

  @Override
  public Integer call() throws Exception {
    if (protocol == Protocol.can) {
      return listen();
    }
    int last = maxAddress != null ? maxAddress : protocol == Protocol.inverter ? 10 : 15;
    if (last < 1 || last > (protocol == Protocol.inverter ? 247 : 15)) {
      spec.commandLine().getErr().println("error: --max-address out of range: " + last);
      return 2;
    }
    PrintWriter err = spec.commandLine().getErr();
    List<Map<String, Object>> found = new ArrayList<>();
    BusTiming timing = new BusTiming(busOptions.timeout(), Duration.ofMillis(50), 0);
    try {
      if (protocol == Protocol.inverter) {
        try (ModbusBus bus = ModbusBus.open(busOptions, timing)) {
          scan(last, address -> ScanProbes.inverter(bus.channel(), address), found, err);
        }
      } else {
        if (busOptions.isModbusTcp()) {
          throw new ParameterException(
              spec.commandLine(), "--bus modbus-tcp:// carries inverters only, not battery packs");
        }
        try (Link link = busOptions.link()) {
          link.open();
          BusTransactor bus = new BusTransactor(link, timing, new BusCounters());
          scan(last, address -> ScanProbes.pack(bus, address), found, err);
        }
      }
    } catch (IOException e) {
      err.println();
      err.println("error: " + e.getMessage());
      return 1;
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("protocol", protocol.name());
    result.put("found", found);
    ValuePrinter.print(spec.commandLine().getOut(), result, output.json());
    if (found.isEmpty()) {
      err.println(
          "nothing answered: check wiring (A/B swapped?), baud rate and that the device is on");
      return 1;
    }
    return 0;
  }

  private void scan(int last, Probe probe, List<Map<String, Object>> found, PrintWriter err)
      throws IOException, InterruptedException {
    for (int address = 1; address <= last; address++) {
      err.printf("\rscanning %s address %d of %d ...", protocol, address, last);
      err.flush();
      Map<String, Object> device = probe.at(address);
      if (!device.isEmpty()) {
        found.add(device);
      }
    }
    err.println();
  }

  private int listen() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    boolean baudGiven = spec.commandLine().getParseResult().hasMatchedOption("--baud");
    CanSource source;
    try {
      source =
          SiteSources.can(
              busOptions.bus, baudGiven ? busOptions.baud : SlcanTransport.DEFAULT_BAUD);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--bus " + e.getMessage());
    }
    err.printf(
        "listening to CAN on %s for up to %d s ...%n", source.describe(), CAN_WINDOW.toSeconds());
    err.flush();
    CanReading reading = CanReader.read(source, CAN_WINDOW);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("protocol", protocol.name());
    result.put("source", reading.source());
    result.put("frames", reading.frames());
    result.put("bad_lines", reading.badLines());
    result.put("ids_seen", reading.idsSeen());
    result.put("rack", reading.values());
    if (reading.problem().isPresent()) {
      err.println("error: " + reading.problem().get());
      return 1;
    }
    ValuePrinter.print(spec.commandLine().getOut(), result, output.json());
    if (reading.idsSeen().isEmpty()) {
      err.println(
          "no battery frames: check CAN-H/CAN-L, the 120 ohm termination, that the rack's CAN"
              + " port is on and runs at 500 kbit/s, and the adapter's serial speed (--baud)");
      return 1;
    }
    return 0;
  }
}
