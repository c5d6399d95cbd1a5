package io.solargw.protocol.bms.canline;

import io.solargw.protocol.bms.pylon.CanFrame;
import java.math.BigDecimal;

/**
 * Writes CAN frames as SLCAN or candump text, so that {@link CanLineParser#parse} gives the same
 * {@link CanLine} back. Lines are returned without a terminator: SLCAN adapters end each frame with
 * CR ({@link #SLCAN_TERMINATOR}), candump logs with LF.
 */
public final class CanLineFormatter {

  /** What ends an SLCAN frame on the wire. */
  public static final char SLCAN_TERMINATOR = '\r';

  private CanLineFormatter() {}

  /** {@code line} in its own format, with its interface name and timestamp. */
  public static String format(CanLine line) {
    CanFrame f = line.frame();
    String iface = line.interfaceName().orElse(null);
    return switch (line.format()) {
      case SLCAN ->
          slcan(f)
              + (line.slcanTimestampMillis().isPresent()
                  ? String.format("%04X", line.slcanTimestampMillis().getAsInt())
                  : "");
      case CANDUMP_LOG -> candumpLog(f, iface, line.timestampSeconds().orElseThrow());
      case CANDUMP_COMPACT -> iface == null ? frameToken(f) : iface + " " + frameToken(f);
      case CANDUMP_CLASSIC ->
          line.timestampSeconds()
              .map(ts -> " (" + ts.toPlainString() + ") " + candumpClassic(f, iface))
              .orElseGet(() -> candumpClassic(f, iface));
    };
  }

  /** SLCAN without timestamp: {@code t3518140274...}, {@code T18FF50E58...}, {@code r3510}. */
  public static String slcan(CanFrame frame) {
    char type = frame.remote() ? 'r' : 't';
    StringBuilder sb = new StringBuilder(32);
    sb.append(frame.extended() ? Character.toUpperCase(type) : type);
    sb.append(idDigits(frame)).append(frame.dlc());
    return sb.append(frame.dataHex()).toString();
  }

  /** candump log line: {@code (1700000000.123456) can0 351#1402740E740ECC01}. */
  public static String candumpLog(CanFrame frame, String interfaceName, BigDecimal seconds) {
    return "(" + seconds.toPlainString() + ") " + interfaceName + " " + frameToken(frame);
  }

  /** The {@code id#data} token of log and compact lines ({@code 351#R8} for a remote frame). */
  public static String frameToken(CanFrame frame) {
    String id = idDigits(frame);
    if (frame.remote()) {
      return id + "#R" + (frame.dlc() == 0 ? "" : Integer.toString(frame.dlc()));
    }
    return id + "#" + frame.dataHex();
  }

  /** candump default output: {@code can0 351 [8] 14 02 74 0E 74 0E CC 01}. */
  public static String candumpClassic(CanFrame frame, String interfaceName) {
    StringBuilder sb = new StringBuilder("  ").append(interfaceName).append("  ");
    sb.append(idDigits(frame));
    sb.append("   [").append(frame.dlc()).append("] ");
    if (frame.remote()) {
      return sb.append(" remote request").toString();
    }
    byte[] data = frame.data();
    for (byte b : data) {
      sb.append(String.format(" %02X", b & 0xFF));
    }
    return sb.toString();
  }

  private static String idDigits(CanFrame frame) {
    return frame.extended() ? String.format("%08X", frame.id()) : String.format("%03X", frame.id());
  }
}
