package io.solargw.protocol.bms.pylon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The frame value: ranges, defensive copies, value equality, hex toString. */
class CanFrameTest {

  @Test
  void copiesTheDataInAndOut() {
    byte[] data = {1, 2, 3};
    CanFrame frame = CanFrame.standard(0x351, data);
    data[0] = 9;
    frame.data()[1] = 9;
    assertThat(frame.dataHex()).isEqualTo("010203");
    assertThat(frame.dataByte(2)).isEqualTo(3);
  }

  @Test
  void equalsAndHashCodeCompareContent() {
    CanFrame a = CanFrame.standard(0x351, (byte) 0x14, (byte) 0x02);
    CanFrame b = CanFrame.standard(0x351, (byte) 0x14, (byte) 0x02);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(CanFrame.extended(0x351, (byte) 0x14, (byte) 0x02));
    assertThat(a).isNotEqualTo(CanFrame.standard(0x351, (byte) 0x14));
    assertThat(CanFrame.remote(0x351, false, 2)).isNotEqualTo(CanFrame.remote(0x351, false, 3));
  }

  @Test
  void toStringShowsIdAndDataInHex() {
    assertThat(CanFrame.standard(0x35E, "PYLON".getBytes()).toString())
        .isEqualTo("CanFrame[0x35E dlc=5 data=50594C4F4E]");
    assertThat(CanFrame.extended(0x18FF50E5).toString())
        .isEqualTo("CanFrame[0x18FF50E5 ext dlc=0 data=]");
    assertThat(CanFrame.remote(0x351, false, 8).toString())
        .isEqualTo("CanFrame[0x351 remote dlc=8]");
  }

  @Test
  void rejectsOutOfRangeValuesNamingTheParameter() {
    assertThatThrownBy(() -> CanFrame.standard(0x800))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must be 0..0x7FF, got 2048");
    assertThatThrownBy(() -> CanFrame.extended(0x2000_0000))
        .hasMessage("id must be 0..0x1FFFFFFF, got 536870912");
    assertThatThrownBy(() -> CanFrame.standard(0x351, new byte[9]))
        .hasMessage("dlc must be 0..8, got 9");
    assertThatThrownBy(() -> new CanFrame(0x351, false, false, 3, new byte[2]))
        .hasMessage("dlc must equal data length 2 for a data frame, got 3");
    assertThatThrownBy(() -> new CanFrame(0x351, false, true, 1, new byte[1]))
        .hasMessage("data must be empty for a remote frame");
    assertThatThrownBy(() -> CanFrame.remote(0x351, false, -1))
        .hasMessage("dlc must be 0..8, got -1");
  }

  @Test
  void messageRecordsRejectValuesTheWireCannotCarry() {
    assertThatThrownBy(() -> new ChargeDischargeLimits(65536, 0, 0, 0))
        .hasMessage("chargeVoltageDecivolts must be 0..65535, got 65536");
    assertThatThrownBy(() -> new VoltageCurrentTemperature(0, 40000, 0))
        .hasMessage("currentDeciamps must be -32768..32767, got 40000");
    assertThatThrownBy(() -> new ManufacturerName("PYLONTECH"))
        .hasMessage("name must be at most 8 characters, got 9");
    assertThatThrownBy(() -> new ManufacturerName("PYLON "))
        .hasMessage("name must not end in a space or NUL");
    assertThatThrownBy(() -> new SerialNumberPart(3, "x")).hasMessage("part must be 1 or 2, got 3");
    assertThatThrownBy(() -> new EnergyCounters(-1, 0))
        .hasMessage("chargedEnergyHectowattHours must be 0..4294967295, got -1");
  }
}
