package io.solargw.sim.can;

import io.solargw.protocol.bms.canline.CanLineFormatter;
import io.solargw.protocol.bms.pylon.CanFrame;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Writes frame sets as a candump log ({@code (1700000000.123456) can0 351#...}), the format {@code
 * candump -l} records and the gateway's candump-replay transport reads.
 */
public final class CandumpLog {

  private final Writer out;
  private final String interfaceName;

  /**
   * @param out where the lines go
   * @param interfaceName e.g. {@code can0}
   */
  public CandumpLog(Writer out, String interfaceName) {
    this.out = out;
    this.interfaceName = interfaceName;
  }

  /** Appends one frame set stamped at {@code epochMicros}. */
  public void write(List<CanFrame> frames, long epochMicros) throws IOException {
    BigDecimal seconds = BigDecimal.valueOf(epochMicros, 6).setScale(6, RoundingMode.UNNECESSARY);
    for (CanFrame f : frames) {
      out.write(CanLineFormatter.candumpLog(f, interfaceName, seconds));
      out.write('\n');
    }
    out.flush();
  }
}
