package io.solargw.protocol.bms.canline;

/** The text formats a CAN frame is read from and written to, one frame per line. */
public enum CanLineFormat {
  /**
   * SLCAN / Lawicel ASCII: {@code t3518140274...} (standard), {@code T} + 8-digit id (extended),
   * {@code r}/{@code R} remote frames, optional 4-hex-digit millisecond timestamp, CR terminator.
   */
  SLCAN,
  /**
   * candump log file ({@code candump -l}, {@code -L}): {@code (1700000000.123456) can0 351#14..}.
   */
  CANDUMP_LOG,
  /**
   * The log format without timestamp, or cansend syntax: {@code can0 351#14..}, {@code 351#14..}.
   */
  CANDUMP_COMPACT,
  /** candump's default screen output: {@code can0 351 [8] 14 02 74 0E 74 0E CC 01}. */
  CANDUMP_CLASSIC
}
