package io.solargw.protocol.bms.pace;

/** A CID2 this library does not model, kept as its raw number (0x00..0xFF). */
public record UnknownCommand(int code) implements CommandCode {

  /** Checks the range. */
  public UnknownCommand {
    if (code < 0 || code > 0xFF) {
      throw new IllegalArgumentException("code is " + code + "; allowed 0..255");
    }
  }

  @Override
  public String description() {
    return String.format("unknown command 0x%02X", code);
  }

  @Override
  public boolean write() {
    return false;
  }
}
