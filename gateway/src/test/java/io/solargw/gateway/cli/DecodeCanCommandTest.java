package io.solargw.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.solargw.gateway.Main;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code decode can} run in-process: good lines, bare frames, bad input (exit 2), stdin, logs. */
class DecodeCanCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SLCAN_351 = "t35181402740E740ECC01";

  /** What one run printed and returned. */
  record Result(int exit, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }

    List<String> errLines() {
      return err.lines().toList();
    }
  }

  private static Result run(String stdin, String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    InputStream saved = System.in;
    try {
      if (stdin != null) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.ISO_8859_1)));
      }
      int exit = cl.execute(args);
      return new Result(exit, out.toString(), err.toString());
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void oneSlcanLineGivesOneJsonObjectWithExactDecimals() throws Exception {
    Result r = run(null, "decode", "can", "--json", SLCAN_351 + "\r");

    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode node = JSON.readTree(r.out());
    assertThat(node.get("format").asText()).isEqualTo("slcan");
    assertThat(node.get("can_id").asText()).isEqualTo("0x351");
    assertThat(node.get("kind").asText()).isEqualTo("charge_discharge_limits");
    assertThat(node.get("raw").asText()).isEqualTo("1402740E740ECC01");
    assertThat(r.out())
        .contains("\"charge_voltage_V\" : 53.2")
        .contains("\"charge_current_limit_A\" : 370.0")
        .contains("\"discharge_voltage_V\" : 46.0");
  }

  @Test
  void severalArgumentsGiveJsonLinesWithLineNumbers() throws Exception {
    Result r =
        run(
            null,
            "decode",
            "can",
            "--json",
            "(1700000000.123456) can0 356#7B13E9FE6B01",
            "  can0  35C   [2]  C0 00",
            "can1 307#0102");

    assertThat(r.exit()).isZero();
    assertThat(r.outLines()).hasSize(3);
    JsonNode first = JSON.readTree(r.outLines().get(0));
    assertThat(first.get("line").asInt()).isEqualTo(1);
    assertThat(first.get("format").asText()).isEqualTo("candump_log");
    assertThat(first.get("interface").asText()).isEqualTo("can0");
    assertThat(first.get("timestamp_s").decimalValue()).isEqualByComparingTo("1700000000.123456");
    assertThat(r.outLines().get(0)).contains("\"current_A\":-27.9").contains("\"voltage_V\":49.87");
    JsonNode second = JSON.readTree(r.outLines().get(1));
    assertThat(second.get("force_charge").asBoolean()).isFalse();
    assertThat(second.get("charge_enable").asBoolean()).isTrue();
    JsonNode third = JSON.readTree(r.outLines().get(2));
    assertThat(third.get("kind").asText()).isEqualTo("unknown");
    assertThat(third.get("raw").asText()).isEqualTo("0102");
  }

  @Test
  void bareFrameFromIdAndData() throws Exception {
    Result r =
        run(null, "decode", "can", "--json", "--id", "0x351", "--data", "14 02 74 0E 74 0E CC 01");

    assertThat(r.exit()).isZero();
    JsonNode node = JSON.readTree(r.out());
    assertThat(node.get("charge_voltage_V").decimalValue()).isEqualByComparingTo("53.2");
    assertThat(node.has("format")).isFalse();
  }

  @Test
  void tableOutputListsTheFields() {
    Result r = run(null, "decode", "can", "--table", "can0 35E#50594C4F4E202020");

    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .containsPattern("name\\s+PYLON")
        .containsPattern("kind\\s+manufacturer_name");
  }

  @Test
  void malformedLineIsExitTwoWithOneSpecificLine() {
    Result r = run(null, "decode", "can", "t35G81402740E740ECC01");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines())
        .containsExactly("error: expected a CAN id digit (hex digit) at offset 3, found 'G'");
  }

  @Test
  void shortFrameIsExitTwoNamingIdAndLengths() {
    Result r = run(null, "decode", "can", "t35141402740E");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines())
        .containsExactly(
            "error: CAN id 0x351 (charge/discharge limits) needs at least 8 data bytes,"
                + " frame has DLC 4");
  }

  @Test
  void badBareFrameOptionsAreExitTwoWithOneLine() {
    assertThat(run(null, "decode", "can", "--id", "0x351").errLines())
        .containsExactly("error: --id needs --data");
    assertThat(run(null, "decode", "can", "--data", "00").errLines())
        .containsExactly("error: --data needs --id");
    assertThat(run(null, "decode", "can", "--id", "0x800", "--data", "").errLines())
        .containsExactly("error: --id 0x800 exceeds 0x7FF, the largest 11-bit id; add --extended");
    assertThat(run(null, "decode", "can", "--id", "xyz", "--data", "").errLines())
        .containsExactly("error: --id 'xyz' is not a hex CAN id like 0x351");
    Result r = run(null, "decode", "can", "--id", "351", "--data", "14 0G");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).containsExactly("error: --data '14 0G': 'G' is not a hex digit");
    assertThat(run(null, "decode", "can", "--id", "351", "--data", "140").errLines())
        .containsExactly("error: --data '140' has an odd number of hex digits (3)");
    assertThat(
            run(null, "decode", "can", "--id", "351", "--data", "00 00 00 00 00 00 00 00 00")
                .errLines())
        .containsExactly(
            "error: --data '00 00 00 00 00 00 00 00 00' has 9 bytes; a classic CAN frame carries at"
                + " most 8");
  }

  @Test
  void extendedBareFrameIsUnknown() throws Exception {
    Result r =
        run(null, "decode", "can", "--json", "--extended", "--id", "18FF50E5", "--data", "01");

    assertThat(r.exit()).isZero();
    assertThat(JSON.readTree(r.out()).get("can_id").asText()).isEqualTo("0x18FF50E5");
  }

  @Test
  void stdinReportsBadLinesByNumberAndKeepsGoing() throws Exception {
    String log =
        "(1700000000.000001) can0 351#1402740E740ECC01\n"
            + "\n"
            + "(1700000000.000002) can0 351##11\n"
            + "(1700000000.000003) can0 355#1A006400\n";
    Result r = run(log, "decode", "can", "--json");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.outLines()).hasSize(2);
    assertThat(JSON.readTree(r.outLines().get(0)).get("line").asInt()).isEqualTo(1);
    assertThat(JSON.readTree(r.outLines().get(1)).get("line").asInt()).isEqualTo(4);
    assertThat(JSON.readTree(r.outLines().get(1)).get("soc_pct").asInt()).isEqualTo(26);
    assertThat(r.errLines())
        .containsExactly(
            "error: line 3: CAN FD/XL frame ('##' at offset 28) is not supported: Pylontech"
                + " batteries use classic CAN 2.0",
            "error: 1 of 3 lines could not be decoded");
  }

  @Test
  void aLongCandumpLogFromStdinIsDecodedLineByLine() throws Exception {
    StringBuilder log = new StringBuilder();
    String[] frames = {
      "351#1402740E740ECC01",
      "355#1A006400",
      "356#7B13E9FE6B01",
      "359#000000000A504E",
      "35C#C000",
      "35E#50594C4F4E202020",
      "305#0000000000000000"
    };
    int count = 7_000;
    for (int i = 0; i < count; i++) {
      log.append(String.format("(17000%05d.%06d) can0 %s%n", i, i, frames[i % frames.length]));
    }
    Result r = run(log.toString(), "decode", "can", "--json");

    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    List<String> out = r.outLines();
    assertThat(out).hasSize(count);
    JsonNode last = JSON.readTree(out.get(count - 1));
    assertThat(last.get("line").asInt()).isEqualTo(count);
    assertThat(last.get("kind").asText()).isEqualTo("inverter_keep_alive");
  }
}
