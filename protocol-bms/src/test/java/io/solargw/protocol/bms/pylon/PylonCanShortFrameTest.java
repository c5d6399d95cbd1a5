package io.solargw.protocol.bms.pylon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.BmsProtocolException.Reason;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A known id with fewer data bytes than its layout is a LENGTH error naming id, need and DLC. */
class PylonCanShortFrameTest {

  /** A short frame and the error it must give. */
  record Row(int id, int dlc, int needed, String message) {}

  static Stream<Row> rows() {
    return Stream.of(
        new Row(
            0x351,
            6,
            8,
            "CAN id 0x351 (charge/discharge limits) needs at least 8 data bytes, frame has DLC 6"),
        new Row(0x355, 3, 4, "CAN id 0x355 (SOC/SOH) needs at least 4 data bytes, frame has DLC 3"),
        new Row(
            0x356,
            5,
            6,
            "CAN id 0x356 (voltage/current/temperature) needs at least 6 data bytes,"
                + " frame has DLC 5"),
        new Row(
            0x359,
            4,
            7,
            "CAN id 0x359 (protection/alarm flags) needs at least 7 data bytes, frame has DLC 4"),
        new Row(
            0x35C,
            1,
            2,
            "CAN id 0x35C (charge request flags) needs at least 2 data bytes, frame has DLC 1"),
        new Row(
            0x35E,
            0,
            1,
            "CAN id 0x35E (manufacturer name) needs at least 1 data bytes, frame has DLC 0"),
        new Row(
            0x35A,
            7,
            8,
            "CAN id 0x35A (alarms/warnings) needs at least 8 data bytes, frame has DLC 7"),
        new Row(
            0x35F,
            0,
            8,
            "CAN id 0x35F (battery info) needs at least 8 data bytes, frame has DLC 0"),
        new Row(
            0x379,
            1,
            2,
            "CAN id 0x379 (installed capacity) needs at least 2 data bytes, frame has DLC 1"));
  }

  @ParameterizedTest
  @MethodSource("rows")
  void shortFrameIsALengthError(Row row) {
    byte[] data = new byte[row.dlc()];
    Arrays.fill(data, (byte) 0x5A);
    BmsProtocolException e =
        catchThrowableOfType(
            BmsProtocolException.class,
            () -> PylonCanCodec.decode(CanFrame.standard(row.id(), data)));

    assertThat(e.reason()).isEqualTo(Reason.LENGTH);
    assertThat(e.offset()).isEqualTo(row.dlc());
    assertThat(e.getMessage()).isEqualTo(row.message());
    assertThat(e.inputHex()).isEqualTo("5A".repeat(row.dlc()));
  }

  @Test
  void everyIdRejectsEveryLengthBelowItsLayoutAndAcceptsItsLayout() throws Exception {
    for (PylonCanId id : PylonCanId.values()) {
      for (int dlc = 0; dlc <= CanFrame.MAX_DLC; dlc++) {
        CanFrame frame = CanFrame.standard(id.code(), new byte[dlc]);
        if (dlc < id.minimumDlc()) {
          BmsProtocolException e =
              catchThrowableOfType(BmsProtocolException.class, () -> PylonCanCodec.decode(frame));
          assertThat(e).as("%s dlc %d", id, dlc).isNotNull();
          assertThat(e.reason()).isEqualTo(Reason.LENGTH);
          assertThat(e.getMessage())
              .contains(String.format("0x%03X", id.code()))
              .contains("at least " + id.minimumDlc())
              .contains("DLC " + dlc);
        } else {
          assertThat(PylonCanCodec.decode(frame).canId())
              .as("%s dlc %d", id, dlc)
              .isEqualTo(id.code());
        }
      }
    }
  }
}
