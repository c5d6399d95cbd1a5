package io.solargw.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.gateway.Main;
import io.solargw.sim.Simulation;
import io.solargw.sim.SimulationOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan}, {@code read} and {@code run} as a user types them, against the simulators. */
class ScanReadRunIT {

  @TempDir Path dir;

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void scanFindsEveryUnitAndPackAndReadPrintsTheDisplayPages() throws Exception {
    InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
    try (Simulation sim =
        Simulation.start(
            SimulationOptions.builder()
                .inverters(3)
                .packs(4)
                .inverterBind(any)
                .rackBind(any)
                .build())) {
      String inv = "tcp://127.0.0.1:" + sim.inverterBus().getPort();
      String rack = "tcp://127.0.0.1:" + sim.rackBus().getPort();

      Result scan =
          run("scan", "--bus", inv, "--protocol", "inverter", "--timeout", "200", "--json");
      assertThat(scan.code()).isZero();
      assertThat(scan.out()).contains("\"address\" : 1", "\"address\" : 2", "\"address\" : 3");
      assertThat(scan.out()).doesNotContain("\"address\" : 4").contains("serial_number");

      Result packs = run("scan", "--bus", rack, "--protocol", "bms", "--timeout", "300", "--json");
      assertThat(packs.code()).isZero();
      assertThat(packs.out()).contains("\"address\" : 4").doesNotContain("\"address\" : 5");

      Result read = run("read", "--bus", inv, "--address", "2", "--table");
      assertThat(read.code()).isZero();
      assertThat(read.out()).contains("Display pages", "INPUT BATT V", "points.battery_voltage_V");

      Result silent = run("read", "--bus", inv, "--address", "7", "--timeout", "200");
      assertThat(silent.code()).isEqualTo(1);
      assertThat(silent.err()).contains("inverter 7", "did not answer");
    }
  }

  @Test
  void runWithABadConfigurationListsEveryProblemAndExitsTwo() throws Exception {
    Path config = dir.resolve("bad.yaml");
    Files.writeString(
        config,
        """
        buses:
          - port: /dev/ttyUSB0
            inverters:
              - address: 300
            baud: fast
        mqtt:
          prot: 5
        """);
    Result r = run("run", "--config", config.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("bad.yaml:4:", "buses[0].inverters[0].address", "out of range 1..247")
        .contains("bad.yaml:5:", "buses[0].baud")
        .contains("mqtt.prot");
  }

  @Test
  void badBusArgumentsAreOneLine() {
    Result r = run("scan", "--bus", "udp://x:1", "--protocol", "inverter");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err())
        .contains("only serial ports, tcp://HOST:PORT and (for inverters) modbus-tcp://");

    Result packs = run("scan", "--bus", "modbus-tcp://127.0.0.1:1502", "--protocol", "bms");
    assertThat(packs.code()).isEqualTo(2);
    assertThat(packs.err()).contains("carries inverters only");

    Result path = run("read", "--bus", "modbus-tcp://127.0.0.1:1502/x", "--address", "1");
    assertThat(path.code()).isEqualTo(2);
    assertThat(path.err()).contains("is not modbus-tcp://HOST[:PORT]");
  }

  @Test
  void scanListensToTheRacksCanSide() throws Exception {
    InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
    try (Simulation sim =
        Simulation.start(
            SimulationOptions.builder()
                .inverters(1)
                .packs(3)
                .inverterBind(any)
                .rackBind(any)
                .can(any)
                .build())) {
      String can = "tcp://127.0.0.1:" + sim.can().orElseThrow().getPort();

      Result scan = run("scan", "--bus", can, "--protocol", "can", "--json");
      assertThat(scan.code()).as(scan.err()).isZero();
      assertThat(scan.out())
          .contains("\"0x351\"", "\"0x355\"", "\"soc_pct\"", "\"module_count\" : 3");
    }
    Result nobody = run("scan", "--bus", "tcp://127.0.0.1:1", "--protocol", "can");
    assertThat(nobody.code()).isEqualTo(1);
    assertThat(nobody.err()).contains("error: ");
  }

  @Test
  void scanAndReadSpeakModbusTcpToAGateway() throws Exception {
    InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
    try (Simulation sim =
        Simulation.start(
            SimulationOptions.builder()
                .inverters(2)
                .packs(1)
                .inverterBind(any)
                .rackBind(any)
                .modbusTcp(any)
                .build())) {
      String gateway = "modbus-tcp://127.0.0.1:" + sim.modbusTcp().orElseThrow().getPort();

      Result scan =
          run(
              "scan",
              "--bus",
              gateway,
              "--protocol",
              "inverter",
              "--max-address",
              "4",
              "--timeout",
              "200",
              "--json");
      assertThat(scan.code()).as(scan.err()).isZero();
      assertThat(scan.out()).contains("\"address\" : 1", "\"address\" : 2", "serial_number");
      assertThat(scan.out()).doesNotContain("\"address\" : 3");

      Result read = run("read", "--bus", gateway, "--address", "2", "--json");
      assertThat(read.code()).as(read.err()).isZero();
      assertThat(read.out()).contains("battery_voltage_V");

      Result silent = run("read", "--bus", gateway, "--address", "7", "--timeout", "200");
      assertThat(silent.code()).isEqualTo(1);
      assertThat(silent.err()).contains("inverter 7 on " + gateway, "did not answer");
    }
  }
}
