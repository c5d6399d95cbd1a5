package io.solargw.protocol.bms.pace;

/**
 * A CID2 command code: one of the documented PACE (VER 0x25) or Pylontech (VER 0x20) commands, or
 * an unknown code kept as its raw number.
 */
public sealed interface CommandCode permits PaceCommand, PylonCommand, UnknownCommand {

  /** The CID2 byte. */
  int code();

  /** What the command does, e.g. {@code "pack analog values"}. */
  String description();

  /** True for commands that change the device (set, control); false for reads. */
  boolean write();

  /** The command {@code code} means in {@code dialect}; unknown codes are kept raw. */
  static CommandCode of(Dialect dialect, int code) {
    return switch (dialect) {
      case PACE -> PaceCommand.of(code).<CommandCode>map(c -> c).orElse(new UnknownCommand(code));
      case PYLONTECH ->
          PylonCommand.of(code).<CommandCode>map(c -> c).orElse(new UnknownCommand(code));
    };
  }
}
