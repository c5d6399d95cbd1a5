package io.solargw.protocol.inverter.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Loading a swapped table: valid files decode, broken files report every problem with its line. */
class CodeTableLoaderTest {

  private static CodeTable load(String yaml) throws CodeTableException {
    return CodeTable.load(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "device.yaml");
  }

  @Test
  void aDeviceSpecificTableReplacesTheDefault() throws Exception {
    CodeTable table =
        load(
            """
            codes:
            - number: 301
              kind: fault
              source: manual
              text: "Battery open circuit"
              affects_output: true
              troubleshooting: "Check the breaker."
            - number: 3
              kind: fault
              source: srne
              name: BatOpen
              text: "battery not connected"
            """);

    assertThat(table.entries()).hasSize(2);
    assertThat(table.decode(301).troubleshooting()).isEqualTo("Check the breaker.");
    assertThat(table.decode(301).affectsOutput()).isTrue();
    assertThat(table.decode(3).affectsOutput()).isNull();
    assertThat(table.decode(103).kind()).isEqualTo(CodeKind.UNKNOWN);
    assertThat(table.entries().get(1).line()).isEqualTo(8);
    assertThat(table.sourceName()).isEqualTo("device.yaml");
  }

  @Test
  void everyProblemIsReportedAtOnceWithItsLine() {
    String yaml =
        """
        codes:
        - number: 105
          kind: fault
          source: manual
          text: "Bypass AC output is overloaded"
        - number: 105
          kind: fault
          source: manual
          text: "again"
        - number: 106
          kind: alarm
          source: manual
        - number: 107
          kind: warning
          source: manual
          text: "x"
        - number: 108
          kind: alarm
          source: vendor
          text: "x"
          colour: red
        - number: "abc"
          kind: alarm
          source: manual
          text: "x"
          affects_output: maybe
        """;

    assertThatThrownBy(() -> load(yaml))
        .isInstanceOfSatisfying(
            CodeTableException.class,
            e ->
                assertThat(e.problems())
                    .extracting(CodeTableProblem::toString)
                    .containsExactly(
                        "device.yaml:6: entry #2 (number 105): duplicate (105, fault): first"
                            + " defined at line 2",
                        "device.yaml:10: entry #3 (number 106): missing 'text'",
                        "device.yaml:14: entry #4 (number 107): unknown kind 'warning' (expected"
                            + " fault or alarm)",
                        "device.yaml:19: entry #5 (number 108): unknown source 'vendor' (expected"
                            + " srne or manual)",
                        "device.yaml:21: entry #5 (number 108): unknown field 'colour'",
                        "device.yaml:22: entry #6: 'number' must be an integer 1..65535, got 'abc'",
                        "device.yaml:26: entry #6: 'affects_output' must be true, false or null,"
                            + " got 'maybe'"))
        .hasMessageStartingWith("7 problems in code table:");
  }

  @Test
  void brokenYamlIsOneProblemWithItsLine() {
    assertThatThrownBy(() -> load("codes:\n- number: 1\n  text: \"unclosed\n"))
        .isInstanceOfSatisfying(
            CodeTableException.class,
            e -> {
              assertThat(e.problems()).hasSize(1);
              assertThat(e.problems().get(0).message()).startsWith("not valid YAML");
              assertThat(e.problems().get(0).line()).isPositive();
            });
  }

  @Test
  void wrongShapesAreReported() {
    assertThatThrownBy(() -> load("- 1\n- 2\n"))
        .isInstanceOfSatisfying(
            CodeTableException.class,
            e -> assertThat(e.problems().get(0).message()).contains("must be a mapping"));
    assertThatThrownBy(() -> load("entries: []\n"))
        .isInstanceOfSatisfying(
            CodeTableException.class,
            e ->
                assertThat(e.problems())
                    .extracting(CodeTableProblem::message)
                    .containsExactly(
                        "unknown top-level key 'entries' (only 'codes' is allowed)",
                        "has no 'codes' list"));
    assertThatThrownBy(() -> load("codes:\n- 5\n- {number: 1, kind: fault, source: srne}\n"))
        .isInstanceOfSatisfying(
            CodeTableException.class,
            e ->
                assertThat(e.problems())
                    .extracting(CodeTableProblem::toString)
                    .containsExactly(
                        "device.yaml:2: entry #1: must be a mapping, got '5'",
                        "device.yaml:3: entry #2 (number 1): missing 'text'"));
  }

  @Test
  void theCallersStreamStaysOpen() throws Exception {
    boolean[] closed = {false};
    ByteArrayInputStream in =
        new ByteArrayInputStream(
            "codes:\n- {number: 1, kind: fault, source: srne, text: x}\n"
                .getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    assertThat(CodeTable.load(in, "x.yaml").entries()).hasSize(1);
    assertThat(closed[0]).isFalse();
  }

  @Test
  void theShippedTableLoads() {
    CodeTable table = CodeTable.loadDefault();

    assertThat(table.entries()).hasSize(54 + 34);
    assertThat(table.sourceName()).isEqualTo("default-codes.yaml");
  }
}
