package io.solargw.protocol.bms.canline;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.protocol.bms.pylon.CanFrame;
import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random frames: format in every line format, parse with detection, same line back. */
class CanLineRoundTripTest {

  private static final long SEED = 0xC0FFEEL;

  @Test
  void parseOfFormatIsIdentityInEveryFormat() throws Exception {
    Random random = new Random(SEED);
    for (int i = 0; i < 20_000; i++) {
      for (CanLineFormat format : CanLineFormat.values()) {
        CanLine line = RandomLines.line(random, format);
        String text = CanLineFormatter.format(line);
        assertThat(CanLineParser.parse(text))
            .as("seed %d, case %d: %s", SEED, i, text)
            .isEqualTo(line);
      }
    }
  }

  @Test
  void slcanLinesRoundTripWithTheirCarriageReturn() throws Exception {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < 5_000; i++) {
      CanLine line = RandomLines.line(random, CanLineFormat.SLCAN);
      String text = CanLineFormatter.format(line) + CanLineFormatter.SLCAN_TERMINATOR;
      assertThat(CanLineParser.parse(text)).as("seed %d, case %d", SEED + 1, i).isEqualTo(line);
    }
  }

  @Test
  void formatsMatchWhatTheToolsPrint() {
    CanFrame frame = CanFrame.standard(0x351, HexFormat.of().parseHex("1402740E740ECC01"));
    assertThat(CanLineFormatter.slcan(frame)).isEqualTo("t35181402740E740ECC01");
    assertThat(CanLineFormatter.candumpLog(frame, "can0", new BigDecimal("1700000000.123456")))
        .isEqualTo("(1700000000.123456) can0 351#1402740E740ECC01");
    assertThat(CanLineFormatter.frameToken(frame)).isEqualTo("351#1402740E740ECC01");
    assertThat(CanLineFormatter.candumpClassic(frame, "can0"))
        .isEqualTo("  can0  351   [8]  14 02 74 0E 74 0E CC 01");
    assertThat(CanLineFormatter.slcan(CanFrame.remote(0x18FF50E5, true, 8)))
        .isEqualTo("R18FF50E58");
    assertThat(CanLineFormatter.frameToken(CanFrame.remote(0x351, false, 0))).isEqualTo("351#R");
    assertThat(CanLineFormatter.candumpClassic(CanFrame.remote(0x351, false, 8), "can0"))
        .isEqualTo("  can0  351   [8]  remote request");
  }
}
