package io.solargw.protocol.bms.canline;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.solargw.protocol.bms.pylon.CanFrame;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The line value refuses extras its format cannot carry, naming the parameter. */
class CanLineTest {

  private static final CanFrame FRAME = CanFrame.standard(0x351);
  private static final Optional<BigDecimal> TS = Optional.of(BigDecimal.ONE);

  @Test
  void rejectsExtrasTheFormatCannotCarry() {
    assertThatThrownBy(
            () ->
                new CanLine(
                    CanLineFormat.SLCAN,
                    FRAME,
                    Optional.of("can0"),
                    Optional.empty(),
                    OptionalInt.empty()))
        .hasMessage("SLCAN lines carry no interface name");
    assertThatThrownBy(
            () ->
                new CanLine(
                    CanLineFormat.CANDUMP_LOG,
                    FRAME,
                    Optional.of("can0"),
                    Optional.empty(),
                    OptionalInt.empty()))
        .hasMessage("candump log lines need a timestamp");
    assertThatThrownBy(
            () ->
                new CanLine(
                    CanLineFormat.CANDUMP_CLASSIC,
                    FRAME,
                    Optional.empty(),
                    TS,
                    OptionalInt.empty()))
        .hasMessage("CANDUMP_CLASSIC lines need an interface name");
    assertThatThrownBy(
            () ->
                new CanLine(
                    CanLineFormat.CANDUMP_COMPACT,
                    FRAME,
                    Optional.empty(),
                    Optional.empty(),
                    OptionalInt.of(1)))
        .hasMessage("only SLCAN lines carry an SLCAN timestamp");
  }

  @Test
  void rejectsBadInterfaceNamesAndTimestamps() {
    assertThatThrownBy(
            () ->
                new CanLine(
                    CanLineFormat.CANDUMP_COMPACT,
                    FRAME,
                    Optional.of("can 0"),
                    Optional.empty(),
                    OptionalInt.empty()))
        .hasMessageContaining("interfaceName must be printable ASCII without blanks or '#'");
    assertThatThrownBy(
            () ->
                new CanLine(
                    CanLineFormat.CANDUMP_LOG,
                    FRAME,
                    Optional.of("can0"),
                    Optional.of(BigDecimal.valueOf(-1)),
                    OptionalInt.empty()))
        .hasMessage("timestampSeconds must not be negative, got -1");
    assertThatThrownBy(
            () ->
                new CanLine(
                    CanLineFormat.SLCAN,
                    FRAME,
                    Optional.empty(),
                    Optional.empty(),
                    OptionalInt.of(0x10000)))
        .hasMessage("slcanTimestampMillis must be 0..65535, got 65536");
  }
}
