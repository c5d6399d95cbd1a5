package io.solargw.protocol.bms.canline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.BmsProtocolException.Reason;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed lines: each gives its specific reason, the character offset and what was expected. */
class CanLineErrorTest {

  private static final String TS = "(1700000000.123456) can0 ";

  /** A bad line, the reason and offset it must report, and a fragment of the message. */
  record Row(String line, Reason reason, int offset, String message) {
    @Override
    public String toString() {
      return reason + "@" + offset + " " + line.replace("\r", "\\r");
    }
  }

  static Stream<Row> rows() {
    return Stream.of(
        new Row(
            "can\u00e90 351#11",
            Reason.SYNTAX,
            3,
            "interface name may only hold printable ASCII at offset 3, found character U+00E9"),
        new Row("", Reason.SYNTAX, 0, "empty line"),
        new Row("   \r\n", Reason.SYNTAX, 0, "empty line"),
        new Row("x35181402", Reason.SYNTAX, 0, "expected SLCAN frame type 't', 'T', 'r' or 'R'"),
        new Row(
            "t35G81402",
            Reason.NON_HEX,
            3,
            "expected a CAN id digit (hex digit) at offset 3, found 'G'"),
        new Row("t8008", Reason.OUT_OF_RANGE, 1, "CAN id 0x800 at offset 1 exceeds 0x7FF"),
        new Row("t3519", Reason.LENGTH, 4, "DLC 9 at offset 4 exceeds 8"),
        new Row(
            "t351X",
            Reason.NON_HEX,
            4,
            "expected the DLC digit 0-8 (hex digit) at offset 4, found 'X'"),
        new Row(
            "t351", Reason.SYNTAX, 4, "expected the DLC digit 0-8 at offset 4, found end of line"),
        new Row(
            "t3518140274",
            Reason.LENGTH,
            5,
            "DLC 8 needs 16 data hex digits from offset 5, line has 6"),
        new Row("t35121402AB\r", Reason.SYNTAX, 9, "found 2 more characters (is the DLC right?)"),
        new Row(
            "t35121402ABCZ",
            Reason.NON_HEX,
            12,
            "expected a timestamp digit (hex digit) at offset 12, found 'Z'"),
        new Row(
            "t3512140Q",
            Reason.NON_HEX,
            8,
            "expected data byte 1 (hex digit) at offset 8, found 'Q'"),
        new Row("T2000000400", Reason.OUT_OF_RANGE, 1, "is an error frame (flag 0x20000000)"),
        new Row(
            "R18FF50E5",
            Reason.SYNTAX,
            9,
            "expected the DLC digit 0-8 at offset 9, found end of line"),
        new Row(
            TS + "351##11122",
            Reason.SYNTAX,
            28,
            "CAN FD/XL frame ('##' at offset 28) is not supported"),
        new Row(TS + "351#123", Reason.ODD_LENGTH, 31, "byte at offset 31 has only one digit"),
        new Row(
            TS + "351#1122334455667788AA",
            Reason.LENGTH,
            45,
            "more than 8 data bytes: byte 9 starts at offset 45"),
        new Row(
            TS + "35#11",
            Reason.SYNTAX,
            25,
            "must have 3 (11-bit) or 8 (29-bit) hex digits, found 2"),
        new Row(TS + "35G#11", Reason.NON_HEX, 27, "found 'G'"),
        new Row(
            TS + "351#11 junk",
            Reason.SYNTAX,
            32,
            "expected end of line after the frame at offset 32, found 'j'"),
        new Row(
            TS + "351#11_A",
            Reason.SYNTAX,
            31,
            "len8_dlc suffix '_' at offset 31 is not supported"),
        new Row(
            TS + "351#R9",
            Reason.LENGTH,
            30,
            "remote frame DLC at offset 30 must be one digit 0-8"),
        new Row(TS + "800#11", Reason.OUT_OF_RANGE, 25, "exceeds 0x7FF"),
        new Row(
            "(17000000x0.1) can0 351#11",
            Reason.SYNTAX,
            9,
            "expected ')' closing the timestamp opened at offset 0"),
        new Row("(.5) can0 351#11", Reason.SYNTAX, 1, "expected decimal digits of the timestamp"),
        new Row(
            "(1700000000.123456)can0 351#11",
            Reason.SYNTAX,
            19,
            "expected a space before the interface name at offset 19, found 'c'"),
        new Row("can0 351#1G", Reason.NON_HEX, 10, "found 'G'"),
        new Row(
            "can0 351#11.",
            Reason.SYNTAX,
            12,
            "expected a data hex digit at offset 12, found end of line"),
        new Row("can0 351#.11", Reason.NON_HEX, 9, "found '.'"),
        new Row(
            "can0 351 #11",
            Reason.SYNTAX,
            5,
            "expected a frame id#data at offset 5, found '351' without '#'"),
        new Row("  can0  351   [9]  14", Reason.LENGTH, 15, "DLC 9 at offset 15 exceeds 8"),
        new Row(
            "  can0  351  [08]  14 02 74 0E 74 0E CC 01",
            Reason.SYNTAX,
            14,
            "two-digit length at offset 14 is CAN FD output"),
        new Row(
            "  can0  351   [8]  14 02 74",
            Reason.LENGTH,
            27,
            "DLC 8 announces 8 data bytes, line has 3"),
        new Row(
            "  can0  351   [2]  14 02 74",
            Reason.LENGTH,
            25,
            "more data bytes than DLC 2: extra byte at offset 25"),
        new Row(
            "  can0  351   [2]  14 0Z",
            Reason.NON_HEX,
            23,
            "expected data byte 1 (hex digit) at offset 23, found 'Z'"),
        new Row(
            "  can0  351   [2]  1402",
            Reason.SYNTAX,
            21,
            "expected a space after data byte 0 at offset 21, found '0'"),
        new Row(
            "  can0  351   8  14",
            Reason.SYNTAX,
            14,
            "expected '[' (the DLC in brackets like [8]) at offset 14, found '8'"),
        new Row(
            "  can0  35   [1]  14",
            Reason.SYNTAX,
            8,
            "must have 3 (11-bit) or 8 (29-bit) hex digits, found 2 characters"),
        new Row(
            "  can0  351   [2]  14 02  garbage",
            Reason.SYNTAX,
            26,
            "expected end of line or the 'ASCII' column"),
        new Row("  can0  20000004   [1]  00", Reason.OUT_OF_RANGE, 8, "is an error frame"),
        new Row(
            "  can0  351   [1  14",
            Reason.SYNTAX,
            16,
            "expected ']' (end of the DLC) at offset 16, found a space"),
        new Row(
            "can0 351",
            Reason.SYNTAX,
            8,
            "expected a space before the DLC in brackets like [8] at offset 8, found end of line"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void reportsReasonOffsetAndExpectation(Row row) {
    BmsProtocolException e =
        catchThrowableOfType(BmsProtocolException.class, () -> CanLineParser.parse(row.line()));

    assertThat(e).as("no exception for %s", row).isNotNull();
    assertThat(e.reason()).as(e.getMessage()).isEqualTo(row.reason());
    assertThat(e.offset()).as(e.getMessage()).isEqualTo(row.offset());
    assertThat(e.getMessage()).contains(row.message());
  }
}
