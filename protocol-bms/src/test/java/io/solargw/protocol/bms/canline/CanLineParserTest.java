package io.solargw.protocol.bms.canline;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.protocol.bms.pylon.CanFrame;
import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Well-formed lines of every format, detected and parsed to the expected frame and extras. */
class CanLineParserTest {

  private static final BigDecimal TS = new BigDecimal("1700000000.123456");

  /** A line and what it must parse to. */
  record Row(String line, CanLine expected) {
    @Override
    public String toString() {
      return line.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }
  }

  static Stream<Row> rows() {
    CanFrame limits = std(0x351, "1402740E740ECC01");
    return Stream.of(
        slcan("t35181402740E740ECC01\r", limits, OptionalInt.empty()),
        slcan("t35181402740E740ECC01EA5F\r", limits, OptionalInt.of(0xEA5F)),
        slcan("t35181402740e740ecc01", limits, OptionalInt.empty()),
        slcan("t3510", std(0x351, ""), OptionalInt.empty()),
        slcan("t35C2C000\r\n", std(0x35C, "C000"), OptionalInt.empty()),
        slcan(
            "T18FF50E58112233445566778812AB",
            CanFrame.extended(0x18FF50E5, hex("1122334455667788")),
            OptionalInt.of(0x12AB)),
        slcan("r3510", CanFrame.remote(0x351, false, 0), OptionalInt.empty()),
        slcan("r3518ABCD", CanFrame.remote(0x351, false, 8), OptionalInt.of(0xABCD)),
        slcan("R18FF50E58", CanFrame.remote(0x18FF50E5, true, 8), OptionalInt.empty()),
        log("(1700000000.123456) can0 351#1402740E740ECC01", limits, "can0", TS),
        log("(1700000000.123456) can0 351#1402740E740ECC01\n", limits, "can0", TS),
        log(
            "(0000000001.500000) vcan1 18FF50E5#0102 R",
            CanFrame.extended(0x18FF50E5, hex("0102")),
            "vcan1",
            new BigDecimal("0000000001.500000")),
        log("(1700000000.123456) can0 351#R", CanFrame.remote(0x351, false, 0), "can0", TS),
        log("(1700000000.123456) can0 351#r8", CanFrame.remote(0x351, false, 8), "can0", TS),
        log("(1700000000.1) slcan0 305#", std(0x305, ""), "slcan0", new BigDecimal("1700000000.1")),
        compact("can0 351#1402740E740ECC01", limits, Optional.of("can0")),
        compact("can0 351#14.02.74.0E.74.0E.CC.01", limits, Optional.of("can0")),
        compact("351#1402740E740ECC01", limits, Optional.empty()),
        compact(
            "  can0\t35E#50594C4F4E202020  ", std(0x35E, "50594C4F4E202020"), Optional.of("can0")),
        classic("  can0  351   [8]  14 02 74 0E 74 0E CC 01", limits, Optional.empty()),
        classic("  can0  351   [8]  14 02 74 0E 74 0E CC 01\r\n", limits, Optional.empty()),
        classic(
            " (1700000000.123456)  can0  351   [8]  14 02 74 0E 74 0E CC 01",
            limits,
            Optional.of(TS)),
        classic(
            "  can0  35E   [8]  50 59 4C 4F 4E 20 20 20   'PYLON   '",
            std(0x35E, "50594C4F4E202020"),
            Optional.empty()),
        classic(
            "  can0  351   [8]  remote request",
            CanFrame.remote(0x351, false, 8),
            Optional.empty()),
        classic(
            "  can0  18FF50E5   [2]  01 02",
            CanFrame.extended(0x18FF50E5, hex("0102")),
            Optional.empty()),
        classic("  can0  351   [0]", std(0x351, ""), Optional.empty()),
        classic("can0 351 [2] 1a 2b", std(0x351, "1A2B"), Optional.empty()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void parsesAndDetectsTheFormat(Row row) throws Exception {
    assertThat(CanLineParser.detect(row.line())).isEqualTo(row.expected().format());
    assertThat(CanLineParser.parse(row.line())).isEqualTo(row.expected());
    assertThat(CanLineParser.parse(row.line(), row.expected().format())).isEqualTo(row.expected());
  }

  private static Row slcan(String line, CanFrame frame, OptionalInt ts) {
    return new Row(
        line, new CanLine(CanLineFormat.SLCAN, frame, Optional.empty(), Optional.empty(), ts));
  }

  private static Row log(String line, CanFrame frame, String iface, BigDecimal ts) {
    return new Row(
        line,
        new CanLine(
            CanLineFormat.CANDUMP_LOG,
            frame,
            Optional.of(iface),
            Optional.of(ts),
            OptionalInt.empty()));
  }

  private static Row compact(String line, CanFrame frame, Optional<String> iface) {
    return new Row(
        line,
        new CanLine(
            CanLineFormat.CANDUMP_COMPACT, frame, iface, Optional.empty(), OptionalInt.empty()));
  }

  private static Row classic(String line, CanFrame frame, Optional<BigDecimal> ts) {
    return new Row(
        line,
        new CanLine(
            CanLineFormat.CANDUMP_CLASSIC, frame, Optional.of("can0"), ts, OptionalInt.empty()));
  }

  private static CanFrame std(int id, String data) {
    return CanFrame.standard(id, hex(data));
  }

  private static byte[] hex(String data) {
    return HexFormat.of().parseHex(data);
  }
}
