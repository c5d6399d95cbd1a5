package io.solargw.gateway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.protocol.inverter.rtu.ReadRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The floor counts every byte at 10 bits, a turnaround per answer and a gap between frames. */
class WireFloorTest {

  @Test
  void twoModbusReadsAt9600() {
    byte[] read12 = ReadRequest.holding(1, 0x0100, 12).toFrame(); // 8 bytes; answer 5 + 24
    byte[] read1 = ReadRequest.holding(1, 0x010E, 1).toFrame(); // 8 bytes; answer 5 + 2
    WireFloor floor =
        WireFloor.of(
            List.of(read12, read1),
            r -> r == read12 ? 29 : 7,
            9600,
            Duration.ofMillis(20),
            Duration.ofMillis(10));

    assertThat(floor.transactions()).isEqualTo(2);
    assertThat(floor.bytes()).isEqualTo(8 + 29 + 8 + 7);
    // 52 bytes x 10 bits / 9600 = 54.1667 ms, 2 turnarounds, 1 gap
    assertThat(floor.nanos()).isEqualTo(54_166_666L + 40_000_000L + 10_000_000L);
  }

  @Test
  void oneTransactionHasNoGap() {
    WireFloor floor =
        WireFloor.of(List.of(new byte[20]), r -> 100, 115200, Duration.ZERO, Duration.ofMillis(50));

    assertThat(floor.nanos()).isEqualTo(120L * 10 * 1_000_000_000L / 115200);
  }
}
