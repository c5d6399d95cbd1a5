package io.solargw.gateway.cli;

import io.solargw.gateway.bench.BenchReport;
import io.solargw.gateway.bench.BenchResult;
import io.solargw.gateway.bench.BenchRun;
import io.solargw.gateway.bench.BenchSettings;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: how close the gateway's poll cycles come to what the wire allows. See
 * docs/performance.md.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure how close the gateway's poll cycles come to the wire's limit.",
      "Runs simulated inverters and packs, paced at the baud rate, and the",
      "gateway's polling against them (as 'run' does, buses in parallel), and",
      "prints per bus: the floor of one cycle (every request and answer byte at",
      "10 bits per byte, the devices' turnaround, the gaps between frames), the",
      "measured cycle (median), their ratio, transactions and bytes per cycle.",
      "Progress goes to stderr. Takes about two minutes with the defaults.",
      "Details and figures: docs/performance.md."
    })
public final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--inverters",
      split = ",",
      paramLabel = "N",
      description = "Inverter counts, one configuration each, 1..9 (default 1,3,9).")
  List<Integer> inverters = List.of(1, 3, 9);

  @Option(
      names = "--packs",
      split = ",",
      paramLabel = "N",
      description = "Pack counts paired with --inverters, 1..15 (default 1,8,15).")
  List<Integer> packs = List.of(1, 8, 15);

  @Option(names = "--baud", paramLabel = "BAUD", description = "Bus speed (default 9600).")
  int baud = 9600;

  @Option(
      names = "--turnaround-ms",
      paramLabel = "MS",
      description = "Simulated devices' think time before answering (default 20).")
  int turnaroundMs = 20;

  @Option(
      names = "--inverter-gap-ms",
      paramLabel = "MS",
      description =
          "Idle between inverter transactions (default 10: SRNE asks for > 10 ms; run's default"
              + " gap_ms is 200).")
  int inverterGapMs = (int) BenchSettings.INVERTER_GAP.toMillis();

  @Option(
      names = "--bms-gap-ms",
      paramLabel = "MS",
      description = "Idle between battery transactions (default 0; run's default gap_ms is 50).")
  int bmsGapMs = (int) BenchSettings.BMS_GAP.toMillis();

  @Option(
      names = "--cycles",
      paramLabel = "N",
      description = "Cycles measured per configuration after one warm-up (default 3).")
  int cycles = 3;

  @Option(
      names = "--link",
      paramLabel = "tcp|pty",
      description =
          "How the gateway reaches the simulators: tcp (as an RS485-to-Ethernet converter) or pty"
              + " (serial ports through socat, as a USB dongle); default tcp.")
  String link = "tcp";

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    validate();
    BenchSettings settings =
        new BenchSettings(
            baud,
            Duration.ofMillis(turnaroundMs),
            Duration.ofMillis(inverterGapMs),
            Duration.ofMillis(bmsGapMs),
            cycles,
            link.equals("pty"));
    PrintWriter err = spec.commandLine().getErr();
    BenchRun run = new BenchRun(settings, err);
    List<BenchResult> results = new ArrayList<>();
    for (int i = 0; i < inverters.size(); i++) {
      results.add(
          new BenchResult(inverters.get(i), packs.get(i), run.run(inverters.get(i), packs.get(i))));
    }
    BenchReport report = new BenchReport(settings, results);
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? report.json() + System.lineSeparator() : report.table());
    out.flush();
    return 0;
  }

  private void validate() {
    if (inverters.size() != packs.size()) {
      throw new ParameterException(
          spec.commandLine(),
          "--inverters and --packs must list as many counts (they are paired): got "
              + inverters.size()
              + " and "
              + packs.size());
    }
    for (int n : inverters) {
      check(n >= 1 && n <= 9, "--inverters: " + n + " is out of range 1..9");
    }
    for (int n : packs) {
      check(n >= 1 && n <= 15, "--packs: " + n + " is out of range 1..15");
    }
    check(baud >= 300 && baud <= 4_000_000, "--baud: " + baud + " is out of range 300..4000000");
    check(turnaroundMs >= 0 && turnaroundMs <= 10_000, "--turnaround-ms: 0..10000");
    check(inverterGapMs >= 0 && inverterGapMs <= 10_000, "--inverter-gap-ms: 0..10000");
    check(bmsGapMs >= 0 && bmsGapMs <= 10_000, "--bms-gap-ms: 0..10000");
    check(cycles >= 1 && cycles <= 100, "--cycles: " + cycles + " is out of range 1..100");
    check(link.equals("tcp") || link.equals("pty"), "--link: '" + link + "' is not tcp or pty");
  }

  private void check(boolean ok, String message) {
    if (!ok) {
      throw new ParameterException(spec.commandLine(), message);
    }
  }
}
