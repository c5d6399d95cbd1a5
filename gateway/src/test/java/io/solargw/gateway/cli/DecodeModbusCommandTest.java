package io.solargw.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.solargw.gateway.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@code decode modbus} run in-process: words, RTU frames, profiles, and bad input (exit 2). */
class DecodeModbusCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  // vectors T4 and T13/T17 (protocol-inverter/src/test/resources/vectors/inverter-modbus.yaml)
  private static final String T4_REQUEST = "ff 03 01 00 00 0c 51 ed";
  private static final String T4_RESPONSE =
      "01 03 18 00 1b 01 07 00 48 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 01 02 ae";
  private static final String T13_REQUEST = "ff 03 f0 2d 00 11 33 11";
  private static final String T17_RESPONSE =
      "01 03 28 0e a0 09 0e 00 00 13 86 08 fb 00 1f 13 86 00 1a 00 00 01 bb 02 6c 00 00 00 00 00"
          + " 11 00 ae 00 f2 01 46 01 29 00 00 00 0e 25 62";

  record Result(int exit, String out, String err) {
    JsonNode json() throws Exception {
      return JSON.readTree(out);
    }
  }

  private static Result run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  private static String[] args(String... rest) {
    return Stream.concat(Stream.of("decode", "modbus"), Stream.of(rest)).toArray(String[]::new);
  }

  @Test
  void wordsFromStartDecodeOnlyTheGivenPoints() throws Exception {
    Result r = run(args("--json", "--start", "0x0100", "001B", "0107", "0048"));

    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode points = r.json().get("points");
    assertThat(points.get("battery_soc_pct").asInt()).isEqualTo(27);
    assertThat(points.get("battery_voltage_V").decimalValue()).isEqualByComparingTo("26.3");
    assertThat(points.get("battery_current_A").toString()).isEqualTo("-7.2");
    assertThat(points.get("battery_discharge_current_A").toString()).isEqualTo("7.2");
    assertThat(points.has("pv_voltage_V")).isFalse();
    assertThat(r.json().get("pages").get("1").get("left").get("battery_voltage_V").toString())
        .isEqualTo("26.3");
    assertThat(r.json().get("pages").get("4").get("right").get("label").asText())
        .isEqualTo("OUTPUT BATT A");
  }

  @Test
  void frameWithRequestIsCheckedAndDecoded() throws Exception {
    Result r = run(args("--json", "--frame", T4_RESPONSE, "--request", T4_REQUEST));

    assertThat(r.exit()).isZero();
    JsonNode points = r.json().get("points");
    assertThat(points.get("charge_state").asInt()).isEqualTo(1);
    assertThat(points.get("charge_state_text").asText()).isEqualTo("bulk");
    assertThat(points.get("pv_power_W").asInt()).isZero();
  }

  @Test
  void frameWithStartInsteadOfRequest() throws Exception {
    Result r = run(args("--json", "--start", "0100", "--frame", T4_RESPONSE.replace(" ", "")));
    assertThat(r.exit()).isZero();
    assertThat(r.json().get("points").get("battery_soc_pct").asInt()).isEqualTo(27);
  }

  @Test
  void settingsUseTheSystemVoltageOptionAndSentinelsAreNull() throws Exception {
    Result r = run(args("--json", "--system-voltage", "24", "--start", "0xE008", "0092", "008A"));
    assertThat(r.exit()).isZero();
    assertThat(r.json().get("settings").get("boost_voltage_V").toString()).isEqualTo("29.2");
    assertThat(r.json().get("settings").get("float_voltage_V").toString()).isEqualTo("27.6");

    Result sentinel = run(args("--json", "--start", "E215", "7FFF"));
    assertThat(sentinel.json().get("settings").get("bms_communication").isNull()).isTrue();
    assertThat(sentinel.json().get("unavailable").get("settings").get("bms_communication").asText())
        .isEqualTo("register E215 = 0x7FFF: not supported (sentinel)");
  }

  @Test
  void tableOutputFlattensTheTree() {
    Result r = run(args("--table", "--start", "0x0210", "0005"));
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("points.machine_state_text").contains("inverter");
  }

  @Test
  void userProfileChangesTheDecoding(@TempDir Path dir) throws Exception {
    Path profile = dir.resolve("mine.yaml");
    Files.writeString(profile, "extends: srne-default\nbattery_current_positive: charging\n");
    Result r = run(args("--json", "--profile", profile.toString(), "--start", "0x0102", "0048"));
    assertThat(r.exit()).isZero();
    assertThat(r.json().get("points").get("battery_current_A").toString()).isEqualTo("7.2");
  }

  record Bad(String what, String[] args, String error) {
    @Override
    public String toString() {
      return what;
    }
  }

  static Stream<Bad> badInput() {
    return Stream.of(
        new Bad(
            "bad hex word",
            args("--start", "0x0100", "01G0"),
            "error: WORD 1 '01G0' is not 4 hex digits"),
        new Bad(
            "short word",
            args("--start", "0x0100", "001B", "107"),
            "error: WORD 2 '107' is not 4 hex digits"),
        new Bad("no start", args("001B"), "error: WORD arguments need --start"),
        new Bad(
            "bad start",
            args("--start", "0x1FFFF", "001B"),
            "error: --start '0x1FFFF' is not a register address (hex 0x0000..0xFFFF)"),
        new Bad(
            "words past 0xFFFF",
            args("--start", "0xFFFF", "0001", "0002"),
            "error: 2 words from 0xFFFF run past register 0xFFFF"),
        new Bad(
            "no input",
            args(),
            "error: no input: give --start ADDR and WORD arguments, or --frame HEX"),
        new Bad(
            "bad frame hex",
            args("--start", "0x0100", "--frame", "01 03 0"),
            "error: --frame '01 03 0' is not hex bytes (e.g. \"01 03 02 00 1b ...\")"),
        new Bad(
            "crc error",
            args("--request", T4_REQUEST, "--frame", T4_RESPONSE.replace("02 ae", "02 af")),
            "error: CRC"),
        new Bad(
            "T17 byte count",
            args("--request", T13_REQUEST, "--frame", T17_RESPONSE),
            "error: byte count at offset 2: expected 0x22 (17 registers), got 0x28"),
        new Bad(
            "frame without start",
            args("--frame", T4_RESPONSE),
            "error: --frame needs --request or --start"),
        new Bad(
            "words and frame",
            args("--start", "0x0100", "--frame", T4_RESPONSE, "001B"),
            "error: give either WORD arguments or --frame, not both"),
        new Bad(
            "system voltage",
            args("--system-voltage", "50", "--start", "0x0100", "001B"),
            "error: --system-voltage '50' must be 12, 24, 36 or 48"),
        new Bad(
            "missing profile",
            args("--profile", "/nonexistent/p.yaml", "--start", "0x0100", "001B"),
            "error: /nonexistent/p.yaml:0: profile: no such profile file"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInput")
  void badInputExitsTwoWithOneSpecificLine(Bad bad) {
    Result r = run(bad.args());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).singleElement().asString().startsWith(bad.error());
  }

  @Test
  void brokenProfileNamesFileLineAndPoint(@TempDir Path dir) throws Exception {
    Path profile = dir.resolve("broken.yaml");
    Files.writeString(
        profile,
        "extends: srne-default\npoints:\n  - {name: pv_power_W, scale: 0}\n  - {name: x_V, address: 0xE150, type: u16, unit: V}\n");
    Result r = run(args("--profile", profile.toString(), "--start", "0x0100", "001B"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines())
        .singleElement()
        .asString()
        .startsWith(
            "error: 2 profile problems: "
                + profile
                + ":3: point pv_power_W: scale 0 is not allowed; "
                + profile
                + ":4: point x_V:");
  }
}
