package io.solargw.sim.bms.internal;

import io.solargw.protocol.bms.pace.ReturnCode;

/**
 * What one pack answers: a return code (RTN, bms.md 2.3) and DATA_INFO.
 *
 * @param rtn 0x00 normal, or an error code
 * @param info the DATA_INFO bytes (empty for errors and acknowledgements)
 */
public record PaceReply(int rtn, byte[] info) {

  /** Copies the bytes. */
  public PaceReply {
    info = info.clone();
  }

  @Override
  public byte[] info() {
    return info.clone();
  }

  /** A normal answer. */
  public static PaceReply ok(byte[] info) {
    return new PaceReply(ReturnCode.NORMAL.code(), info);
  }

  /** An error answer without INFO. */
  public static PaceReply error(ReturnCode code) {
    return new PaceReply(code.code(), new byte[0]);
  }
}
