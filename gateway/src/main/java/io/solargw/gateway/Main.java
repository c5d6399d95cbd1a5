package io.solargw.gateway;

import io.solargw.gateway.cli.DecodeCommand;
import io.solargw.gateway.cli.ReadCommand;
import io.solargw.gateway.cli.RunCommand;
import io.solargw.gateway.cli.ScanCommand;
import io.solargw.gateway.cli.VersionProvider;
import io.solargw.gateway.demo.DemoCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code solar-gateway}: one picocli subcommand per task. */
@Command(
    name = "solar-gateway",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Monitoring gateway for off-grid hybrid inverters (Modbus RTU) and LiFePO4 rack batteries",
      "(PACE/Pylontech RS485, Pylontech CAN), publishing to MQTT with Home Assistant discovery."
    },
    subcommands = {
      RunCommand.class,
      DemoCommand.class,
      ReadCommand.class,
      ScanCommand.class,
      DecodeCommand.class,
      io.solargw.gateway.cli.SimulateCommand.class,
      io.solargw.gateway.cli.CommissionCommand.class,
      io.solargw.gateway.cli.SoakCommand.class,
      io.solargw.gateway.cli.BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main {

  private Main() {}

  /** Builds the command line, so tests can run commands in-process. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setParameterExceptionHandler(new ErrorHandler());
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
