package io.solargw.gateway.cli;

import io.solargw.config.ConfigException;
import io.solargw.config.ConfigLoader;
import io.solargw.config.GatewayConfig;
import io.solargw.config.SlcanTransport;
import io.solargw.gateway.bus.BusTiming;
import io.solargw.gateway.commission.CommissionReport;
import io.solargw.gateway.commission.HtmlReport;
import io.solargw.gateway.commission.SiteCollector;
import io.solargw.gateway.commission.SiteReadings;
import io.solargw.gateway.commission.SiteSources;
import io.solargw.gateway.commission.TerminalReport;
import io.solargw.gateway.transport.BusAddress;
import io.solargw.protocol.bms.pace.Dialect;
import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.ProfileException;
import io.solargw.protocol.inverter.profile.ProfileLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code commission}: reads every inverter and pack once and checks the installation. */
@Command(
    name = "commission",
    mixinStandardHelpOptions = true,
    description = {
      "Read every inverter and battery pack once and check the installation device by device:",
      "addresses, parallel mode, firmware, stack-wide settings, BMS link, faults, pack addresses,",
      "cell/temperature/SOC spread, protections, and (with --can or a CAN bus in the config)",
      "CAN against RS485 and the charge limits. Guide: docs/how-to/commissioning.md.",
      "Exit status: 0 all pass, 1 warnings, 2 failures or bad arguments."
    })
public final class CommissionCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--config", paramLabel = "FILE", description = "Gateway configuration.")
  Path config;

  @Option(
      names = "--bus",
      paramLabel = "PORT",
      description = "Inverter bus: serial port, tcp://HOST:PORT or modbus-tcp://HOST[:PORT].")
  String bus;

  @Option(names = "--bms-bus", paramLabel = "PORT", description = "Battery bus (port or tcp://).")
  String bmsBus;

  @Option(names = "--baud", defaultValue = "9600", description = "Baud of both buses (8N1).")
  int baud;

  @Option(
      names = "--timeout",
      defaultValue = "1000",
      paramLabel = "MS",
      description = "Answer timeout per request (default ${DEFAULT-VALUE} ms).")
  int timeoutMillis;

  @Option(
      names = "--can",
      paramLabel = "SOURCE",
      description = {
        "Also listen to the battery's CAN side and compare it with RS485: the serial port of an",
        "SLCAN adapter, tcp://HOST:PORT (SLCAN behind a TCP box), socketcan:can0, or a candump log."
      })
  String can;

  @Option(
      names = "--can-baud",
      defaultValue = "" + SlcanTransport.DEFAULT_BAUD,
      description = "Serial speed of the SLCAN adapter (default ${DEFAULT-VALUE}).")
  int canBaud;

  @Option(
      names = "--can-seconds",
      defaultValue = "3",
      paramLabel = "S",
      description = "Listen to CAN at most this long (default ${DEFAULT-VALUE} s; 1..60).")
  int canSeconds;

  @Option(names = "--expect-inverters", paramLabel = "N", description = "Units at 1..N (1..9).")
  Integer expectInverters;

  @Option(names = "--expect-packs", paramLabel = "N", description = "Packs at 1..N (1..15).")
  Integer expectPacks;

  @Option(names = "--profile", paramLabel = "FILE", description = "User register-map profile.")
  Path profile;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(names = "--html", paramLabel = "FILE", description = "Also write a one-page HTML report.")
  Path html;

  @Option(
      names = "--color",
      paramLabel = "auto|always|never",
      defaultValue = "auto",
      description = "Colour the terminal report (default ${DEFAULT-VALUE}).")
  String color;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    InverterProfile p;
    try {
      p = profile == null ? ProfileLoader.loadDefault() : ProfileLoader.load(profile);
    } catch (ProfileException e) {
      throw new ParameterException(spec.commandLine(), "--profile: " + e.getMessage());
    }
    Optional<SiteCollector.InverterSide> inverters;
    Optional<SiteCollector.RackSide> rack;
    Optional<SiteCollector.CanSide> canSide;
    try {
      if (canSeconds < 1 || canSeconds > 60) {
        throw new IllegalArgumentException("--can-seconds must be in 1..60, got " + canSeconds);
      }
      if (config != null) {
        if (bus != null || bmsBus != null) {
          throw new IllegalArgumentException("--config and --bus/--bms-bus exclude each other");
        }
        GatewayConfig c = ConfigLoader.load(config, System.getenv()).config();
        inverters = SiteSources.inverters(c, p);
        rack = SiteSources.rack(c);
        canSide =
            (can != null ? Optional.of(SiteSources.can(can, canBaud)) : SiteSources.can(c))
                .map(s -> new SiteCollector.CanSide(s, Duration.ofSeconds(canSeconds)));
      } else {
        inverters = quickInverters(p);
        rack = quickRack();
        canSide =
            Optional.ofNullable(can)
                .map(
                    s ->
                        new SiteCollector.CanSide(
                            SiteSources.can(s, canBaud), Duration.ofSeconds(canSeconds)));
      }
    } catch (ConfigException | IllegalArgumentException e) {
      // one error line: a configuration's problems are joined
      throw new ParameterException(spec.commandLine(), e.getMessage().strip().replace("\n", "; "));
    }
    if (inverters.isEmpty() && rack.isEmpty() && canSide.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "nothing to check: give --config, or --bus, --bms-bus and/or --can");
    }
    SiteReadings site;
    try {
      site = new SiteCollector(err, Clock.systemUTC()).collect(inverters, rack, canSide);
    } catch (IOException e) {
      err.println("error: cannot read the devices: " + e.getMessage());
      return 2;
    }
    CommissionReport report =
        CommissionReport.of(Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS), site);
    if (json) {
      ValuePrinter.print(out, report.toJson(), true);
    } else {
      boolean tty = System.console() != null && System.getenv("NO_COLOR") == null;
      TerminalReport.print(out, report, color.equals("always") || color.equals("auto") && tty);
    }
    if (html != null) {
      Files.writeString(
          html,
          HtmlReport.render(report, "Solar installation commissioning"),
          StandardCharsets.UTF_8);
      err.println("wrote " + html);
    }
    return report.exitCode();
  }

  private Optional<SiteCollector.InverterSide> quickInverters(InverterProfile p) {
    if (bus == null) {
      if (expectInverters != null) {
        throw new IllegalArgumentException("--expect-inverters needs --bus");
      }
      return Optional.empty();
    }
    int n = expectInverters == null ? 1 : expectInverters;
    if (n < 1 || n > 9) {
      throw new IllegalArgumentException("--expect-inverters must be in 1..9, got " + n);
    }
    List<Integer> addresses = IntStream.rangeClosed(1, n).boxed().toList();
    if (BusAddress.isModbusTcp(bus)) {
      return Optional.of(
          SiteCollector.InverterSide.modbusTcp(
              BusAddress.modbusTcp("--bus", bus, timing()), addresses, p));
    }
    return Optional.of(
        new SiteCollector.InverterSide(
            BusAddress.link("--bus", bus, baud), timing(), addresses, p));
  }

  private Optional<SiteCollector.RackSide> quickRack() {
    if (bmsBus == null) {
      if (expectPacks != null) {
        throw new IllegalArgumentException("--expect-packs needs --bms-bus");
      }
      return Optional.empty();
    }
    int n = expectPacks == null ? 1 : expectPacks;
    if (n < 1 || n > 15) {
      throw new IllegalArgumentException("--expect-packs must be in 1..15, got " + n);
    }
    return Optional.of(
        new SiteCollector.RackSide(
            BusAddress.link("--bms-bus", bmsBus, baud), timing(), Dialect.PACE, n));
  }

  private BusTiming timing() {
    if (timeoutMillis < 10 || timeoutMillis > 60_000) {
      throw new IllegalArgumentException("--timeout must be in 10..60000 ms, got " + timeoutMillis);
    }
    if (!color.matches("auto|always|never")) {
      throw new IllegalArgumentException("--color must be auto, always or never, got " + color);
    }
    return new BusTiming(Duration.ofMillis(timeoutMillis), Duration.ofMillis(20), 1);
  }
}
