package io.solargw.protocol.bms.canline.internal;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.BmsProtocolException.Reason;
import io.solargw.protocol.bms.pylon.CanFrame;

/**
 * CAN identifiers as written in SLCAN and candump text: 3 hex digits for 11-bit ids, 8 for 29-bit
 * ids. In candump, an 8-digit id with bit 29 (0x20000000, CAN_ERR_FLAG in linux/can.h) set is an
 * error frame, not a data frame.
 */
final class CanIds {

  private static final long ERROR_FLAG = 0x2000_0000L;

  private CanIds() {}

  /** Reads {@code digits} (3 or 8) hex digits and checks the range. */
  static int parse(LineCursor c, int digits) throws BmsProtocolException {
    int start = c.pos();
    long id = c.hex(digits, "a CAN id digit");
    if (digits == 8 && (id & ERROR_FLAG) != 0) {
      throw c.error(
          Reason.OUT_OF_RANGE,
          start,
          String.format(
              "CAN id 0x%08X at offset %d is an error frame (flag 0x20000000), not a data frame",
              id, start));
    }
    long max = digits == 8 ? CanFrame.MAX_EXTENDED_ID : CanFrame.MAX_STANDARD_ID;
    if (id > max) {
      throw c.error(
          Reason.OUT_OF_RANGE,
          start,
          String.format(
              "CAN id 0x%X at offset %d exceeds 0x%X, the largest %s id",
              id, start, max, digits == 8 ? "29-bit" : "11-bit"));
    }
    return (int) id;
  }
}
