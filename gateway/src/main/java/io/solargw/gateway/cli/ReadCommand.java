package io.solargw.gateway.cli;

import io.solargw.gateway.bus.BusTiming;
import io.solargw.gateway.bus.ModbusChannel;
import io.solargw.gateway.bus.ModbusOutcome;
import io.solargw.gateway.poll.DeviceReport;
import io.solargw.gateway.poll.InverterPoller;
import io.solargw.gateway.poll.InverterReadPlans;
import io.solargw.gateway.poll.PollSchedule;
import io.solargw.protocol.inverter.codes.CodeTable;
import io.solargw.protocol.inverter.decode.SnapshotDecoder;
import io.solargw.protocol.inverter.plan.ReadBlock;
import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.ProfileException;
import io.solargw.protocol.inverter.profile.ProfileLoader;
import io.solargw.protocol.inverter.rtu.ReadRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code read}: one full read of one inverter, printed as the manual's 15 pages or JSON. */
@Command(
    name = "read",
    mixinStandardHelpOptions = true,
    description = {
      "Read one inverter once (every register of the profile) and print it as the manual's",
      "15 display pages plus every other value, or as JSON.",
      "Exit status: 0 read, 1 the device did not answer, 2 bad arguments."
    })
public final class ReadCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin BusOptions busOptions;
  @Mixin OutputOptions output;

  @Option(
      names = "--address",
      required = true,
      description = "Modbus address of the inverter (1..247).")
  int address;

  @Option(names = "--profile", paramLabel = "FILE", description = "User register-map profile.")
  Path profile;

  @Override
  public Integer call() throws Exception {
    if (address < 1 || address > 247) {
      spec.commandLine().getErr().println("error: --address must be in 1..247, got " + address);
      return 2;
    }
    InverterProfile p;
    try {
      p = profile == null ? ProfileLoader.loadDefault() : ProfileLoader.load(profile);
    } catch (ProfileException e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return 2;
    }
    InverterReadPlans plans = new InverterReadPlans(p);
    AtomicReference<DeviceReport> got = new AtomicReference<>();
    PollSchedule once =
        new PollSchedule(Duration.ofSeconds(1), Duration.ofSeconds(1), 1, Duration.ofSeconds(1));
    InverterPoller poller =
        new InverterPoller(
            "inverter-" + address,
            address,
            new SnapshotDecoder(p, CodeTable.loadDefault()),
            plans,
            once,
            got::set,
            Clock.systemDefaultZone());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (ModbusBus bus =
        ModbusBus.open(busOptions, new BusTiming(busOptions.timeout(), Duration.ofMillis(50), 1))) {
      Optional<String> silent = silence(bus.channel(), plans);
      if (silent.isPresent()) {
        err.println(
            "error: inverter "
                + address
                + " on "
                + bus.describe()
                + " did not answer: "
                + silent.get());
        return 1;
      }
      if (!poller.poll(bus.channel())) {
        err.println(
            "error: inverter "
                + address
                + " on "
                + bus.describe()
                + " did not answer: "
                + got.get().problem().orElse("no answer"));
        return 1;
      }
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
    if (output.json()) {
      ValuePrinter.print(out, got.get().values(), true);
    } else {
      PagesTable.print(out, got.get().values());
    }
    return 0;
  }

  /**
   * Asks for the profile's first block once (with the retry): a silent address is told in a second
   * instead of after a timeout for every block of the profile.
   */
  private Optional<String> silence(ModbusChannel bus, InverterReadPlans plans)
      throws IOException, InterruptedException {
    ReadBlock first = plans.fastBlocks().get(0);
    ReadRequest probe = ReadRequest.holding(address, first.start(), first.count());
    String problem = "no answer";
    for (int attempt = 0; attempt <= bus.timing().retries(); attempt++) {
      ModbusOutcome outcome = bus.transact(probe);
      if (!(outcome instanceof ModbusOutcome.TimedOut t)) {
        return Optional.empty();
      }
      problem =
          String.format(
              "timeout reading 0x%04X x%d (%s)", first.start(), first.count(), t.detail());
    }
    return Optional.of(problem);
  }
}
