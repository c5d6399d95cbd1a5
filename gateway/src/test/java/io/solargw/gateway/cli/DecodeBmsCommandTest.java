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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@code decode bms} run in-process: good frames, every error class, stdin, --request. */
class DecodeBmsCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static final String V2 =
      "~25014600F07A0001100CC70CC80CC70CC70CC70CC50CC60CC70CC70CC60CC70CC60CC60CC70CC60CC7060B9B"
          + "0B990B990B990BB30BBCFF1FCCCD12D303286A008C2710E1E4";
  static final String V5 =
      "~25024600307600000F0D040D060D060D070D080D070D080D070D080D080D080D080D090D0A0D08060BC2"
          + "0BB80BC20BBF0BC60BCC0000C36E28810028F600032710E430";
  static final String W1 =
      "~25014600004C000110000000000000000000000000000000000600000000000000000000000E00000000"
          + "0000EF3A";
  static final String W3 =
      "~25024600004C000010000000000000000000000000000000000600000000000000000000000601000000"
          + "0000EF48";
  static final String O1 = "~25014600602850313653313030412D313831322D312E30302000F58E";
  static final String O7 = "~25004600C0040D01FCC3";
  static final String O9 = "~25004609E00204FD2B";
  static final String R1 = "~25004642E00201FD31";

  record Result(int exit, String out, String err) {}

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
      return new Result(cl.execute(args), out.toString(), err.toString());
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void analogFramePrintsExactDecimals() throws Exception {
    Result r = run(null, "decode", "bms", "--json", V2);
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("\"voltage_V\" : 52.429").contains("\"current_A\" : -2.25");
    JsonNode pack = JSON.readTree(r.out()).get("packs").get(0);
    assertThat(pack.get("cells_mV")).hasSize(16);
    assertThat(pack.get("temperatures_C").get(5).decimalValue()).isEqualByComparingTo("27.4");
    assertThat(pack.get("soc_source").asText()).isEqualTo("derived");
  }

  @Test
  void trailingCrIsOptionalAndTableOutputFlattensKeys() {
    Result r = run(null, "decode", "bms", "--table", W1 + "\r");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("cell_warnings")
        .contains("all normal")
        .contains("instruction_state")
        .contains("[discharging, discharge MOSFET on, charge MOSFET on]");
  }

  @Test
  void stdinFramesPrintJsonLines() throws Exception {
    Result r = run(V2 + "\r\n\n" + W1 + "\n" + R1 + "\n", "decode", "bms", "--json");
    assertThat(r.exit()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(3);
    JsonNode first = JSON.readTree(lines.get(0));
    assertThat(first.get("frame").asInt()).isEqualTo(1);
    assertThat(first.get("packs").get(0).get("voltage_V").decimalValue())
        .isEqualByComparingTo("52.429");
    assertThat(JSON.readTree(lines.get(1)).get("status").get(0).asText()).isEqualTo("discharging");
    JsonNode request = JSON.readTree(lines.get(2));
    assertThat(request.get("kind").asText()).isEqualTo("request");
    assertThat(request.get("pack").asInt()).isEqualTo(1);
  }

  @Test
  void requestDecidesTheEchoAndThePackAddress() throws Exception {
    Result r = run(null, "decode", "bms", "--json", "--request", "~25004642E00200FD32", V5);
    assertThat(r.err()).isEmpty();
    JsonNode node = JSON.readTree(r.out());
    assertThat(node.get("addressing").asText()).isEqualTo("command_echo");
    assertThat(node.get("address").asInt()).isEqualTo(2);
    assertThat(node.get("packs").get(0).get("pack_address").asInt()).isZero();
  }

  @Test
  void requestGivesTheCommandOfAControlAnswer() throws Exception {
    Result r = run(null, "decode", "bms", "--json", "--request", "~25004699E0020DFD12", O7);
    JsonNode node = JSON.readTree(r.out());
    assertThat(node.get("echo").asText()).isEqualTo("0x0D");
    assertThat(node.get("buzzer_enabled").asBoolean()).isTrue();
  }

  @Test
  void commandOptionDecodesAVersionAnswer() throws Exception {
    Result r = run(null, "decode", "bms", "--json", "--command", "C1", O1);
    assertThat(JSON.readTree(r.out()).get("text").asText()).isEqualTo("P16S100A-1812-1.00");
  }

  static Stream<Arguments> badInput() {
    return Stream.of(
        Arguments.of(
            "CHECKSUM",
            new String[] {"~250046ECA006FFFF00FC07"},
            "error: CHKSUM mismatch at offset 19: frame says FC07, computed FBF8"),
        Arguments.of(
            "MISSING_SOI",
            new String[] {"250146C10000FD9A"},
            "error: no SOI '~' at offset 0: found '2'"),
        Arguments.of(
            "NON_HEX",
            new String[] {"~2501460G0000FD9A"},
            "error: non-hex character 'G' (0x47) at offset 8 in CID2/RTN"),
        Arguments.of(
            "LCHKSUM",
            new String[] {"~25014600E07A00"},
            "error: LCHKSUM mismatch at offset 9: LENGTH E07A says E, computed F for LENID 0x07A"),
        Arguments.of(
            "ODD_LENGTH",
            new String[] {"~25014600F00100FD00"},
            "error: LENID 0x001 at offset 9 is odd: INFO must be whole bytes"),
        Arguments.of(
            "LENGTH",
            new String[] {"~25014600E0020201FD35"},
            "error: LENID 0x002 says the frame ends at offset 19, but the CR is at offset 21"
                + " (INFO would be 4 characters)"),
        Arguments.of(
            "TRAILING_DATA",
            new String[] {"~25014600E00202FD35\rXX"},
            "error: 3 byte(s) after the EOI at offset 19"),
        Arguments.of(
            "TRUNCATED (header)",
            new String[] {"~2501"},
            "error: frame truncated at offset 5: the header (VER..LENGTH) needs offsets 1-12"),
        Arguments.of(
            "RETURN_CODE",
            new String[] {"--request", "~2500469BE00201FD1C", O9},
            "error: RTN 0x09 (operation or write error) at offset 7: the BMS refused the request"
                + " to discharge MOSFET control"),
        Arguments.of(
            "PROTOCOL",
            new String[] {"~22004A91B01400040000000F00000000F9AC"},
            "error: wrong protocol: VER 0x22 at offset 1 is neither PACE (0x25) nor Pylontech"
                + " (0x20)"),
        Arguments.of(
            "ADDRESS",
            new String[] {"--request", "~25004644E00200FD30", "--address", "0", W3},
            "error: answer from address 2 (ADR at offset 3), expected address 0"),
        Arguments.of(
            "LAYOUT",
            new String[] {"--request", "~25004644E00200FD30", "--cells", "15", W3},
            "error: block 1 announces cell count 16 at offset 17 (INFO byte 2), but the pack has"
                + " 15 cells: its per-cell values cannot be attributed"),
        Arguments.of(
            "echo of the request",
            new String[] {"--request", R1, R1},
            "error: the frame is byte-identical to --request: an echo of the request, not an"
                + " answer"),
        Arguments.of(
            "--request not a request",
            new String[] {"--request", O7, O7},
            "error: --request ~25004600C0040D01FCC3 is not a request: CID2 0x00 is not a command"
                + " of VER 0x25"),
        Arguments.of(
            "--command not hex",
            new String[] {"--command", "XY", O1},
            "error: --command 'XY' is not a hex CID2 like C1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInput")
  void badInputExitsTwoWithOneSpecificLine(String name, String[] args, String expected) {
    String[] all =
        Stream.concat(Stream.of("decode", "bms", "--json"), Stream.of(args)).toArray(String[]::new);
    Result r = run(null, all);
    assertThat(r.exit()).as(name).isEqualTo(2);
    assertThat(r.err().lines().toList()).as(name).containsExactly(expected);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void truncatedFrameOnStdinIsReportedAndTheOtherFramesStillDecode() throws Exception {
    Result r = run("~25014600F098000210\n" + W1 + "\n", "decode", "bms", "--json");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines().toList())
        .containsExactly(
            "error: frame 1: LENID 0x098 says 152 INFO characters but the CR at offset 19"
                + " leaves 2");
    assertThat(JSON.readTree(r.out().lines().toList().get(0)).get("frame").asInt()).isEqualTo(2);
  }

  @Test
  void noFrameAtAllIsBadInput() {
    Result r = run("", "decode", "bms");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo("error: no frame given: pass frames as arguments or one per line on stdin");
  }
}
