package io.solargw.protocol.inverter;

import java.util.HexFormat;
import java.util.Objects;

/**
 * The one checked exception for wire data in {@code protocol-inverter}: a Modbus RTU frame or
 * register block that cannot be turned into values. It carries a {@link Reason}, the byte offset
 * where the problem was found, expected and actual values, and the frame in hex; its message is one
 * precise sentence, e.g. {@code "byte count at offset 2: expected 0x22 (17 registers), got 0x28"}.
 */
public final class InverterProtocolException extends Exception {

  private static final long serialVersionUID = 1L;

  /** What was wrong. Each has a distinct meaning; callers count errors by reason. */
  public enum Reason {
    /** CRC-16/MODBUS mismatch. */
    CRC,
    /** The answer came from another slave address than the one asked. */
    ADDRESS,
    /** Function code differs from the request's. */
    FUNCTION,
    /** Byte count does not match the registers requested, or frame length is wrong. */
    LENGTH,
    /** The frame ends before its layout says it should. */
    TRUNCATED,
    /** The device answered with a Modbus exception (function | 0x80). */
    EXCEPTION,
    /** A value outside the documented range. */
    OUT_OF_RANGE,
    /** A function code this codec does not handle. */
    UNSUPPORTED_FUNCTION,
    /** A write answer does not echo the request's register address, value or count. */
    ECHO
  }

  private final Reason reason;
  private final int offset;
  private final String frameHex;

  /**
   * @param reason what was wrong
   * @param offset byte offset in the frame where it was found, or -1 if none applies
   * @param message one precise sentence naming expected and actual values
   * @param frame the raw frame, may be null
   */
  public InverterProtocolException(Reason reason, int offset, String message, byte[] frame) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.offset = offset;
    this.frameHex = frame == null ? "" : HexFormat.of().withUpperCase().formatHex(frame);
  }

  /** What was wrong. */
  public Reason reason() {
    return reason;
  }

  /** Offset in the frame where the problem was found, or -1. */
  public int offset() {
    return offset;
  }

  /** The frame in upper-case hex (empty if unknown). */
  public String frameHex() {
    return frameHex;
  }
}
