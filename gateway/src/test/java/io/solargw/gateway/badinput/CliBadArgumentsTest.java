package io.solargw.gateway.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nonsense on the command line of every command, run in-process: exit status 2, exactly one {@code
 * error:} line naming the option and what is wrong, and no stack trace. Then seeded random
 * arguments for the decoders, which take any text a user pastes.
 */
class CliBadArgumentsTest {

  record Row(List<String> args, String error) {
    @Override
    public String toString() {
      return String.join(" ", args);
    }
  }

  private static Row row(String error, String... args) {
    return new Row(List.of(args), error);
  }

  static Stream<Row> nonsense() {
    return Stream.of(
        row("Unknown option: '--nonsense'", "--nonsense"),
        row("Unknown subcommand 'nonsense'", "help", "nonsense"),
        row("Unmatched argument at index 0: 'frobnicate'", "frobnicate"),
        row("Unknown option: '--nonsense'", "run", "--nonsense"),
        row("Missing required parameter for option '--config'", "run", "--config"),
        row("Missing required option: '--bus=PORT'", "read", "--address", "1"),
        row("'--address': 'x' is not an int", "read", "--bus", "/dev/null", "--address", "x"),
        row(
            "--address must be in 1..247, got 999",
            "read",
            "--bus",
            "/dev/null",
            "--address",
            "999"),
        row(
            "'--baud': 'abc' is not an int",
            "read",
            "--bus",
            "/dev/null",
            "--baud",
            "abc",
            "--address",
            "1"),
        row(
            "--baud: baud must be in",
            "read",
            "--bus",
            "/dev/null",
            "--baud",
            "-1",
            "--address",
            "1"),
        row(
            "--timeout must be in 10..60000 ms, got -5",
            "scan",
            "--bus",
            "/dev/null",
            "--timeout",
            "-5",
            "--protocol",
            "inverter"),
        row(
            "--timeout must be in 10..60000 ms, got -5",
            "read",
            "--bus",
            "/dev/null",
            "--timeout",
            "-5",
            "--address",
            "1"),
        row("--bus 'tcp://' is not tcp://HOST:PORT", "read", "--bus", "tcp://", "--address", "1"),
        row(
            "--bus 'tcp://127.0.0.1:99999' is not tcp://HOST:PORT",
            "read",
            "--bus",
            "tcp://127.0.0.1:99999",
            "--address",
            "1"),
        row(
            "--bus 'tcp://127.0.0.1:0' is not tcp://HOST:PORT",
            "read",
            "--bus",
            "tcp://127.0.0.1:0",
            "--address",
            "1"),
        row(
            "--bus 'ftp://x': only serial ports, tcp://HOST:PORT and (for inverters)",
            "read",
            "--bus",
            "ftp://x",
            "--address",
            "1"),
        row("--bus is empty", "read", "--bus", "", "--address", "1"),
        row(
            "no such profile file",
            "read",
            "--bus",
            "/dev/null",
            "--address",
            "1",
            "--profile",
            "/nonexistent/p.yaml"),
        row(
            "expected one of [inverter, bms, can]",
            "scan",
            "--bus",
            "tcp://127.0.0.1:1",
            "--protocol",
            "foo"),
        row(
            "--max-address out of range: 0",
            "scan",
            "--bus",
            "tcp://127.0.0.1:1",
            "--protocol",
            "inverter",
            "--max-address",
            "0"),
        row(
            "--max-address out of range: 500",
            "scan",
            "--bus",
            "tcp://127.0.0.1:1",
            "--protocol",
            "bms",
            "--max-address",
            "500"),
        row(
            "--bus 'tcp://h:70000' is not tcp://HOST:PORT",
            "scan",
            "--bus",
            "tcp://h:70000",
            "--protocol",
            "bms"),
        row("Unmatched argument at index 1: 'nonsense'", "decode", "nonsense"),
        row("no SOI '~' at offset 0", "decode", "bms", "zz"),
        row(
            "is not a hex CAN id like 0x351",
            "decode",
            "can",
            "--id",
            "0x9999999999",
            "--data",
            "00"),
        row(
            "--data 'zz': 'z' is not a hex digit",
            "decode",
            "can",
            "--id",
            "0x351",
            "--data",
            "zz"),
        row(
            "is not a register address (hex 0x0000..0xFFFF)",
            "decode",
            "modbus",
            "--start",
            "0x99999",
            "0103"),
        row("--frame 'zz' is not hex bytes", "decode", "modbus", "--frame", "zz"),
        row(
            "no such profile file",
            "decode",
            "modbus",
            "--profile",
            "/nonexistent",
            "--start",
            "0x100",
            "0103"),
        row(
            "inverters must be in 1..9, got 99",
            "simulate",
            "--inverters",
            "99",
            "--run-for",
            "1s"),
        row("packs must be in 1..15, got 0", "simulate", "--packs", "0", "--run-for", "1s"),
        row("faults must be in 0..1, got 2.0", "simulate", "--faults", "2", "--run-for", "1s"),
        row("'--seed': 'x' is not a long", "simulate", "--seed", "x"),
        row(
            "--start must look like 2026-06-21T06:00, got 'yesterday'",
            "simulate",
            "--start",
            "yesterday"),
        row(
            "--run-for must look like 500ms, 90s, 10m or 2h, got 'forever'",
            "simulate",
            "--run-for",
            "forever"),
        row(
            "--tcp needs host:port with a port 0..65535, got '127.0.0.1:99999'",
            "simulate",
            "--tcp",
            "127.0.0.1:99999,127.0.0.1:5",
            "--run-for",
            "1s"),
        row(
            "--scenario: /nonexistent.yaml: no such scenario file",
            "simulate",
            "--scenario",
            "/nonexistent.yaml",
            "--run-for",
            "1s"),
        row(
            "--candump: the folder /nonexistent/dir does not exist",
            "simulate",
            "--candump",
            "/nonexistent/dir/x.log",
            "--run-for",
            "1s"),
        row("--pty needs 2 or 3 paths", "simulate", "--pty", "/nonexistent/tty", "--run-for", "1s"),
        row("--inverters must be in 1..9, got 0", "demo", "--inverters", "0"),
        row("ports must be in 1..65535, got 70000", "demo", "--mqtt-port", "70000"),
        row("'--http-port': 'abc' is not an int", "demo", "--http-port", "abc"),
        row("--speed must be in (0, 3600], got -3.0", "demo", "--speed", "-3"),
        row("--mqtt must look like tcp://host:1883, got ftp://x", "demo", "--mqtt", "ftp://x"),
        row("nothing to check: give --config, or --bus, --bms-bus and/or --can", "commission"),
        row(
            "CAN source 'ftp://x': only serial ports and tcp:// are supported",
            "commission",
            "--can",
            "ftp://x"),
        row("expected socketcan:IFACE", "commission", "--can", "socketcan:no such name"),
        row("--can-seconds must be in 1..60, got 0", "commission", "--can-seconds", "0"),
        row(
            "--bus 'modbus-tcp://127.0.0.1:0' is not modbus-tcp://HOST[:PORT]",
            "commission",
            "--bus",
            "modbus-tcp://127.0.0.1:0"),
        row(
            "--bus 'modbus-tcp://h/unit/1' is not modbus-tcp://HOST[:PORT]",
            "read",
            "--bus",
            "modbus-tcp://h/unit/1",
            "--address",
            "1"),
        row(
            "--bms-bus 'tcp://h:8899/x' is not tcp://HOST:PORT",
            "commission",
            "--bms-bus",
            "tcp://h:8899/x"),
        row("file not found: /nonexistent.yaml", "commission", "--config", "/nonexistent.yaml"),
        row(
            "--bus 'tcp://127.0.0.1:99999' is not tcp://HOST:PORT",
            "commission",
            "--bus",
            "tcp://127.0.0.1:99999"),
        row(
            "--bms-bus 'ftp://x': only serial ports and tcp://",
            "commission",
            "--bus",
            "tcp://127.0.0.1:1",
            "--bms-bus",
            "ftp://x"),
        row(
            "--expect-inverters must be in 1..9, got 99",
            "commission",
            "--bus",
            "tcp://127.0.0.1:1",
            "--expect-inverters",
            "99"),
        row(
            "--color must be auto, always or never, got purple",
            "commission",
            "--bus",
            "tcp://127.0.0.1:1",
            "--color",
            "purple"),
        row(
            "--timeout must be in 10..60000 ms, got 0",
            "commission",
            "--bus",
            "tcp://127.0.0.1:1",
            "--timeout",
            "0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nonsense")
  void nonsenseExitsWithStatusTwoAndOneErrorLine(Row row) {
    Cli r = Cli.run(row.args());
    assertThat(r.exit()).as("exit status of %s; stderr %s", row, r.err()).isEqualTo(2);
    assertOneErrorLine(r, row.toString());
    assertThat(r.errLines().get(0)).contains(row.error());
  }

  /** A missing port or host is the world's fault, not the arguments': status 1, still one line. */
  @Test
  void anAbsentPortOrHostIsOneLineWithStatusOne() {
    for (List<String> args :
        List.of(
            List.of("read", "--bus", "/nonexistent/ttyUSB9", "--address", "1"),
            List.of("read", "--bus", "tcp://127.0.0.1:1", "--address", "1", "--timeout", "100"),
            List.of("scan", "--bus", "tcp://127.0.0.1:1", "--protocol", "bms"))) {
      Cli r = Cli.run(args);
      assertThat(r.exit()).as("%s: %s", args, r.err()).isEqualTo(1);
      assertOneErrorLine(r, args.toString());
    }
  }

  /** Seeded random arguments for the decoders: only exit 0 or 2, never an exception. */
  @Test
  void randomArgumentsForTheDecodersNeverEscapeAsExceptions() {
    long seed = Seeds.seed();
    Random random = new Random(seed);
    for (int i = 0; i < 400; i++) {
      List<String> args = randomDecode(random);
      Cli r = Cli.run(args);
      String why = "seed " + seed + " case " + i + ": " + args + "\nstderr: " + r.err();
      assertThat(r.exit()).as(why).isIn(0, 2);
      assertThat(r.err()).as(why).doesNotContain("\tat ", "Exception", "java.");
      if (r.exit() == 2) {
        assertThat(r.errLines()).as(why).isNotEmpty().allMatch(l -> l.startsWith("error: "));
      }
    }
  }

  private static final List<String> GOOD =
      List.of(
          "~25014642E00201FD35",
          "~25014600F07A0001100CE20CE40CE30CE10CE50CE60CE20CE30CE40CE20CE50CE40CE30CE30CE20CE3"
              + "040BB80BB60BB50BB4FF9C14C8271000027530000100F4240000000000E8A8",
          "t35181402740E740ECC01",
          "(1700000000.123456) can0 351#14027403E80000",
          "01030200 1B F8 4F",
          "0x0107",
          "0103");

  private static final List<String> OPTIONS =
      List.of(
          "--request",
          "--command",
          "--address",
          "--cells",
          "--id",
          "--data",
          "--extended",
          "--start",
          "--frame",
          "--system-voltage",
          "--json",
          "--table");

  private static final List<String> VALUES =
      List.of(
          "",
          " ",
          "-1",
          "0",
          "1",
          "99999999999",
          "0x",
          "0xFF",
          "FF",
          "42",
          "zz",
          "~",
          "~~",
          "\r",
          "\u0000",
          "é",
          "💡",
          "0x351",
          "1e9",
          "NaN",
          "--",
          "-",
          "12",
          "48",
          "0x0100",
          "t",
          "T",
          "r",
          "#",
          "can0");

  private static List<String> randomDecode(Random random) {
    List<String> args = new ArrayList<>(List.of("decode"));
    args.add(List.of("bms", "can", "modbus").get(random.nextInt(3)));
    for (int n = random.nextInt(4); n > 0; n--) {
      args.add(OPTIONS.get(random.nextInt(OPTIONS.size())));
      if (random.nextInt(4) > 0) {
        args.add(value(random));
      }
    }
    for (int n = 1 + random.nextInt(2); n > 0; n--) {
      args.add(value(random));
    }
    return args;
  }

  private static String value(Random random) {
    if (random.nextBoolean()) {
      return VALUES.get(random.nextInt(VALUES.size()));
    }
    StringBuilder s = new StringBuilder(GOOD.get(random.nextInt(GOOD.size())));
    for (int m = 1 + random.nextInt(3); m > 0 && s.length() > 0; m--) {
      int at = random.nextInt(s.length());
      switch (random.nextInt(4)) {
        case 0 -> s.setCharAt(at, "0123456789ABCDEF~\r zx".charAt(random.nextInt(21)));
        case 1 -> s.setLength(at);
        case 2 -> s.insert(at, s.substring(at, Math.min(s.length(), at + 4)));
        default -> s.deleteCharAt(at);
      }
    }
    return s.toString();
  }

  private static void assertOneErrorLine(Cli r, String what) {
    assertThat(r.errLines()).as("%s: stderr", what).hasSize(1);
    assertThat(r.errLines().get(0)).as(what).startsWith("error: ").doesNotContain("Exception");
    assertThat(r.err()).as(what).doesNotContain("\tat ", "java.");
  }
}
