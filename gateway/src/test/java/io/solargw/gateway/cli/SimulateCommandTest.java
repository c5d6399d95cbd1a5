package io.solargw.gateway.cli;

import static io.solargw.gateway.cli.CommandRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.gateway.Main;
import io.solargw.gateway.cli.CommandRun.Result;
import io.solargw.protocol.inverter.rtu.ReadRequest;
import io.solargw.protocol.inverter.rtu.ReadResponse;
import io.solargw.protocol.inverter.rtu.RtuCodec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@code simulate} run in-process: it starts, prints its addresses, serves; bad args exit 2. */
class SimulateCommandTest {

  @TempDir Path dir;

  @Test
  void startsPrintsWhereEachBusListensAndStopsCleanly() {
    Result r =
        run(
            "simulate",
            "--inverters",
            "3",
            "--phase",
            "three",
            "--packs",
            "8",
            "--tcp",
            "127.0.0.1:0,127.0.0.1:0",
            "--modbus-tcp",
            "127.0.0.1:0",
            "--can-tcp",
            "127.0.0.1:0",
            "--baud",
            "0",
            "--run-for",
            "200ms");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Simulating 3 inverter(s) (three-phase 3P1/3P2/3P3, addresses 1-3)")
        .containsPattern("inverter bus   Modbus RTU over TCP    127\\.0\\.0\\.1:\\d+")
        .containsPattern("battery bus    PACE ASCII over TCP    127\\.0\\.0\\.1:\\d+")
        .containsPattern("Modbus TCP             127\\.0\\.0\\.1:\\d+")
        .containsPattern("SLCAN adapter over TCP 127\\.0\\.0\\.1:\\d+")
        .containsPattern("mbpoll -m tcp -p \\d+ -a 1 -r 257 -c 12 -t 4:hex -1 127\\.0\\.0\\.1")
        .contains("    transport: modbus-tcp", "      - {address: 3, phase: L3}")
        .contains("battery: {mode: all-packs, packs: 8, protocol_version: 0x25, address: 1}")
        .endsWith("simulation stopped" + System.lineSeparator());
  }

  @Test
  void servesTheAddressItPrintedWhileRunning() throws Exception {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(new StringWriter(), true));
    CompletableFuture<Integer> running =
        CompletableFuture.supplyAsync(
            () ->
                cl.execute(
                    "simulate",
                    "--inverters",
                    "1",
                    "--tcp",
                    "127.0.0.1:0,127.0.0.1:0",
                    "--baud",
                    "0",
                    "--start",
                    "2026-06-21T12:00",
                    "--run-for",
                    "5s"));
    long deadline = System.currentTimeMillis() + 10_000;
    while (!out.toString().contains("Running for") && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    Matcher m =
        Pattern.compile("Modbus RTU over TCP +127\\.0\\.0\\.1:(\\d+)").matcher(out.toString());
    assertThat(m.find()).as(out.toString()).isTrue();
    ReadRequest versions = ReadRequest.holding(1, 0x0014, 2);
    try (Socket s = new Socket("127.0.0.1", Integer.parseInt(m.group(1)))) {
      s.setSoTimeout(3000);
      s.getOutputStream().write(versions.toFrame());
      byte[] answer = s.getInputStream().readNBytes(9);
      ReadResponse r = RtuCodec.decodeReadResponse(versions, answer);
      assertThat(r.registers()).containsExactly(663, 201);
    }
    assertThat(running.get(20, TimeUnit.SECONDS)).isZero();
    assertThat(out.toString()).contains("single unit SIG", "      - {address: 1}");
  }

  @Test
  void aScenarioFileIsLoadedAndBadOnesAreRefused() throws Exception {
    Path good = dir.resolve("good.yaml");
    Files.writeString(good, "steps:\n  - {at: 0s, do: grid-off}\n");
    Result ok =
        run(
            "simulate",
            "--tcp",
            "127.0.0.1:0,127.0.0.1:0",
            "--scenario",
            good.toString(),
            "--run-for",
            "100ms");
    assertThat(ok.exit()).as(ok.err()).isZero();
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "steps:\n  - {at: 1s, do: explode}\n");
    Result refused = run("simulate", "--scenario", bad.toString());
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err())
        .startsWith("error: --scenario: " + bad + " step 1: unknown action 'explode'");
  }

  static Stream<Arguments> badArguments() {
    return Stream.of(
        Arguments.of(List.of("--inverters", "10"), "error: inverters must be in 1..9, got 10"),
        Arguments.of(List.of("--packs", "0"), "error: packs must be in 1..15, got 0"),
        Arguments.of(
            List.of("--phase", "two"), "error: --phase must be single or three, got 'two'"),
        Arguments.of(
            List.of("--inverters", "2", "--phase", "three"),
            "error: a three-phase stack needs at least 3 inverters (one per phase), got 2"),
        Arguments.of(
            List.of("--tcp", "127.0.0.1:5020"),
            "error: --tcp needs two host:port values (inverter bus, battery bus), got '127.0.0.1:5020'"),
        Arguments.of(
            List.of("--tcp", "127.0.0.1:99999,127.0.0.1:0"),
            "error: --tcp needs host:port with a port 0..65535, got '127.0.0.1:99999'"),
        Arguments.of(List.of("--modbus-tcp", "nohost"), "error: --modbus-tcp needs host:port"),
        Arguments.of(List.of("--faults", "2"), "error: faults must be in 0..1, got 2.0"),
        Arguments.of(List.of("--speed", "-1"), "error: speed must be 0 or more, got -1.0"),
        Arguments.of(
            List.of("--start", "yesterday"), "error: --start must look like 2026-06-21T06:00"),
        Arguments.of(List.of("--run-for", "soon"), "error: --run-for must look like 500ms, 90s"),
        Arguments.of(List.of("--pty", "/tmp/a"), "error: --pty needs 2 or 3 paths"),
        Arguments.of(
            List.of("--pty", "/tmp/a,/tmp/b,/tmp/c"),
            "error: --pty's third path is the SLCAN adapter"),
        Arguments.of(
            List.of("--inverters", "many"), "error: Invalid value for option '--inverters'"),
        Arguments.of(List.of("--bogus"), "error: Unknown option: '--bogus'"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badArguments")
  void badArgumentsExitWithStatus2AndOneErrorLine(List<String> args, String message) {
    String[] all = Stream.concat(Stream.of("simulate"), args.stream()).toArray(String[]::new);
    Result r = run(all);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines().findFirst().orElse("")).startsWith(message);
    assertThat(r.err().lines().filter(l -> l.startsWith("error:")).count()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aPortInUseIsAUsageError() throws Exception {
    try (var taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Result r = run("simulate", "--tcp", "127.0.0.1:" + taken.getLocalPort() + ",127.0.0.1:0");
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).startsWith("error: cannot listen on 127.0.0.1:" + taken.getLocalPort());
    }
  }
}
