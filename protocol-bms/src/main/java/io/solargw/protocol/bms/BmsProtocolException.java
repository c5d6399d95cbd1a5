package io.solargw.protocol.bms;

import java.util.HexFormat;
import java.util.Objects;

/**
 * The one checked exception of {@code protocol-bms}: a frame or line that cannot be turned into a
 * value. It carries a {@link Reason}, the byte (or character) offset where the problem was found,
 * and the input in hex; its message is one precise sentence, e.g. {@code "CHKSUM mismatch at offset
 * 26: frame says FA3C, computed FA3B"}.
 */
public final class BmsProtocolException extends Exception {

  private static final long serialVersionUID = 1L;

  /** What was wrong. Each has a distinct meaning; callers count errors by reason. */
  public enum Reason {
    /** No SOI ('~') where a frame must start. */
    MISSING_SOI,
    /** No EOI (CR) where the frame must end. */
    MISSING_EOI,
    /** A character that is not a hex digit where hex is required. */
    NON_HEX,
    /** An odd number of hex characters where whole bytes are required. */
    ODD_LENGTH,
    /** LCHKSUM nibble does not match LENID. */
    LCHKSUM,
    /** LENID does not match the number of INFO characters present. */
    LENGTH,
    /** CHKSUM does not match the computed frame checksum. */
    CHECKSUM,
    /** The device answered with a non-zero return code (RTN). */
    RETURN_CODE,
    /** The answer came from another address than expected. */
    ADDRESS,
    /** VER or CID1 of another protocol than the one expected. */
    PROTOCOL,
    /** The frame or payload ends before the layout says it should. */
    TRUNCATED,
    /** Bytes left over after the layout was fully decoded where none are allowed. */
    TRAILING_DATA,
    /** A command (CID2) or CAN id this decoder does not know or did not expect. */
    UNKNOWN_COMMAND,
    /** A field whose value is outside its documented range. */
    OUT_OF_RANGE,
    /** Counts inside a block that do not fit the block (e.g. cell count vs. bytes present). */
    LAYOUT,
    /** A text line (SLCAN, candump) that does not follow its format. */
    SYNTAX
  }

  private final Reason reason;
  private final int offset;
  private final String inputHex;

  /**
   * @param reason what was wrong
   * @param offset byte or character offset in the input where it was found, or -1 if none applies
   * @param message one precise sentence, without the input (it is appended by {@link #getMessage})
   * @param input the raw input, may be null
   */
  public BmsProtocolException(Reason reason, int offset, String message, byte[] input) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.offset = offset;
    this.inputHex = input == null ? "" : HexFormat.of().withUpperCase().formatHex(input);
  }

  /** What was wrong. */
  public Reason reason() {
    return reason;
  }

  /** Offset in the input where the problem was found, or -1. */
  public int offset() {
    return offset;
  }

  /** The raw input in upper-case hex (empty if unknown). */
  public String inputHex() {
    return inputHex;
  }
}
