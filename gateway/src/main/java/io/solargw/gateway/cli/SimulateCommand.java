package io.solargw.gateway.cli;

import io.solargw.sim.Simulation;
import io.solargw.sim.SimulationBanner;
import io.solargw.sim.SimulationOptions;
import io.solargw.sim.SimulationOptionsBuilder;
import io.solargw.sim.scenario.Scenario;
import io.solargw.sim.scenario.ScenarioFile;
import io.solargw.sim.scenario.ScenarioFileException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code simulate}: runs the device simulators (an inverter stack and a battery rack, optionally
 * Modbus TCP, SLCAN, ptys, a candump log and a scenario file) until Ctrl-C or SIGTERM, after
 * printing where each bus listens with matching mbpoll and gateway-configuration lines. See
 * docs/how-to/simulator.md and docs/reference/simulator.md.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Run simulated devices: an SRNE inverter stack (Modbus RTU over TCP, optionally Modbus TCP)",
      "and a PACE battery rack (ASCII over TCP), optionally its Pylontech CAN frames through a",
      "simulated SLCAN adapter, ptys for the buses and a scenario file. Runs until Ctrl-C.",
      "Guide: docs/how-to/simulator.md; options and scenarios: docs/reference/simulator.md."
    })
public final class SimulateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--inverters", paramLabel = "N", description = "Inverters, 1..9 (default 2).")
  int inverters = 2;

  @Option(
      names = "--phase",
      paramLabel = "single|three",
      description = "single (SIG/PAL) or three (3P1/3P2/3P3, 3+ inverters); default single.")
  String phase = "single";

  @Option(names = "--packs", paramLabel = "N", description = "Battery packs, 1..15 (default 4).")
  int packs = 4;

  @Option(
      names = "--tcp",
      paramLabel = "INV,BMS",
      description =
          "host:port of the inverter bus and the battery bus (default"
              + " 127.0.0.1:5020,127.0.0.1:5021; port 0 picks a free port).")
  String tcp = "127.0.0.1:5020,127.0.0.1:5021";

  @Option(
      names = "--modbus-tcp",
      paramLabel = "HOST:PORT",
      description = "Also serve the inverters over Modbus TCP.")
  String modbusTcp;

  @Option(
      names = "--can-tcp",
      paramLabel = "HOST:PORT",
      description = "Serve the rack's CAN frames through a simulated SLCAN adapter.")
  String canTcp;

  @Option(
      names = "--pty",
      paramLabel = "INV,BMS[,CAN]",
      description =
          "Serial devices (socat ptys) for the inverter bus, the battery bus and the SLCAN adapter.")
  String pty;

  @Option(
      names = "--candump",
      paramLabel = "FILE",
      description = "Append the rack's CAN frames to a candump log.")
  Path candump;

  @Option(
      names = "--baud",
      paramLabel = "BAUD",
      description = "Wire pacing of both buses, 0 = none (default 9600).")
  int baud = 9600;

  @Option(
      names = "--faults",
      paramLabel = "P",
      description = "Chance 0..1 that an answer is damaged (default 0).")
  double faults;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of weather, loads and faults (default 1).")
  long seed = 1;

  @Option(
      names = "--speed",
      paramLabel = "X",
      description = "Simulated seconds per wall second (default 1; 0 = frozen).")
  double speed = 1;

  @Option(
      names = "--start",
      paramLabel = "TIME",
      description = "Simulated start, e.g. 2026-06-21T06:00 (default now).")
  String start;

  @Option(
      names = "--soc",
      paramLabel = "PCT",
      description = "Battery state of charge at start (default 60).")
  double soc = 60;

  @Option(names = "--scenario", paramLabel = "FILE", description = "Scenario file of timed steps.")
  Path scenario;

  @Option(
      names = "--run-for",
      paramLabel = "DURATION",
      description = "Stop after this long (e.g. 90s, 10m); default: until Ctrl-C.")
  String runFor;

  @Override
  public Integer call() throws Exception {
    SimulationOptions options = options();
    Optional<Scenario> steps = scenario();
    Optional<Duration> limit =
        runFor == null ? Optional.empty() : Optional.of(duration("--run-for", runFor));
    PrintWriter out = spec.commandLine().getOut();
    CountDownLatch stopped = new CountDownLatch(1);
    Simulation sim;
    try {
      sim = Simulation.start(options);
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), describe(e));
    }
    Thread hook =
        new Thread(
            () -> {
              sim.close();
              stopped.countDown();
            },
            "simulate-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      SimulationBanner.lines(sim).forEach(out::println);
      out.println(limit.isPresent() ? "Running for " + runFor + "." : "Press Ctrl-C to stop.");
      out.flush();
      steps.ifPresent(sim::run);
      if (limit.isPresent()) {
        stopped.await(limit.get().toMillis(), TimeUnit.MILLISECONDS);
      } else {
        stopped.await();
      }
    } finally {
      sim.close();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is already stopping: the hook closes the simulation
      }
    }
    out.println("simulation stopped");
    out.flush();
    return 0;
  }

  private SimulationOptions options() {
    SimulationOptionsBuilder b = SimulationOptions.builder();
    List<String> buses = List.of(tcp.split(",", -1));
    if (buses.size() != 2) {
      throw bad("--tcp needs two host:port values (inverter bus, battery bus), got '" + tcp + "'");
    }
    b.inverterBind(address("--tcp", buses.get(0))).rackBind(address("--tcp", buses.get(1)));
    if (!phase.equals("single") && !phase.equals("three")) {
      throw bad("--phase must be single or three, got '" + phase + "'");
    }
    b.inverters(inverters).threePhase(phase.equals("three")).packs(packs);
    b.baud(baud).faults(faults).seed(seed).speed(speed).initialSoc(soc);
    b.start(start == null ? LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS) : time(start));
    if (modbusTcp != null) {
      b.modbusTcp(address("--modbus-tcp", modbusTcp));
    }
    if (canTcp != null) {
      b.can(address("--can-tcp", canTcp));
    }
    ptys(b);
    if (candump != null) {
      Path folder = candump.toAbsolutePath().getParent();
      if (folder != null && !java.nio.file.Files.isDirectory(folder)) {
        throw bad("--candump: the folder " + folder + " does not exist");
      }
      b.candumpLog(candump);
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw bad(e.getMessage());
    }
  }

  private void ptys(SimulationOptionsBuilder b) {
    if (pty == null) {
      return;
    }
    List<String> paths = List.of(pty.split(",", -1));
    if (paths.size() < 2 || paths.size() > 3 || paths.stream().anyMatch(String::isBlank)) {
      throw bad("--pty needs 2 or 3 paths (inverter bus, battery bus[, SLCAN]), got '" + pty + "'");
    }
    if (paths.size() == 3 && canTcp == null) {
      throw bad("--pty's third path is the SLCAN adapter: give --can-tcp too");
    }
    b.inverterPty(Path.of(paths.get(0))).rackPty(Path.of(paths.get(1)));
    if (paths.size() == 3) {
      b.canPty(Path.of(paths.get(2)));
    }
  }

  /** File errors say what happened: NIO's own messages are only the path. */
  private static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException f) {
      return "no such file or folder: " + f.getFile();
    }
    if (e instanceof java.nio.file.AccessDeniedException f) {
      return "permission denied: " + f.getFile();
    }
    if (e instanceof java.nio.file.FileSystemException f) {
      return f.getFile() + ": " + f.getReason();
    }
    return e.getMessage();
  }

  private Optional<Scenario> scenario() {
    if (scenario == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(ScenarioFile.load(scenario));
    } catch (ScenarioFileException e) {
      throw bad("--scenario: " + e.getMessage());
    }
  }

  private InetSocketAddress address(String option, String text) {
    int colon = text.lastIndexOf(':');
    String host = colon > 0 ? text.substring(0, colon).replace("[", "").replace("]", "") : "";
    try {
      int port = Integer.parseInt(text.substring(colon + 1));
      if (host.isEmpty() || port < 0 || port > 65535) {
        throw new NumberFormatException();
      }
      return new InetSocketAddress(host, port);
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      throw bad(option + " needs host:port with a port 0..65535, got '" + text + "'");
    }
  }

  private LocalDateTime time(String text) {
    try {
      return LocalDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw bad("--start must look like 2026-06-21T06:00, got '" + text + "'");
    }
  }

  private Duration duration(String option, String text) {
    String t = text.strip().toLowerCase(java.util.Locale.ROOT);
    try {
      long n = Long.parseLong(t.replaceAll("(ms|s|m|h)$", ""));
      Duration d =
          t.endsWith("ms")
              ? Duration.ofMillis(n)
              : t.endsWith("m")
                  ? Duration.ofMinutes(n)
                  : t.endsWith("h") ? Duration.ofHours(n) : Duration.ofSeconds(n);
      if (d.isNegative() || d.isZero()) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw bad(option + " must look like 500ms, 90s, 10m or 2h, got '" + text + "'");
    }
  }

  private ParameterException bad(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
