package io.solargw.protocol.bms.pace;

import io.solargw.protocol.bms.pace.internal.Hex;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The header of a decoded answer: VER, the responding pack's real ADR (bms.md §5.4: not necessarily
 * the request's), CID1, and the command it answers when known. RTN is always 0x00 here: other
 * return codes are errors.
 *
 * @param version VER byte
 * @param address ADR byte
 * @param cid1 CID1 byte
 * @param command the command answered, if known
 */
public record ResponseHeader(int version, int address, int cid1, Optional<CommandCode> command) {

  /** Checks for nulls. */
  public ResponseHeader {
    Objects.requireNonNull(command, "command");
  }

  /** The header of {@code frame}, answering {@code command}. */
  public static ResponseHeader of(Frame frame, CommandCode command) {
    return new ResponseHeader(
        frame.version(), frame.address(), frame.cid1(), Optional.ofNullable(command));
  }

  /** Puts {@code version}, {@code address}, {@code command}, {@code command_name}, {@code rtn}. */
  public void putInto(Map<String, Object> map) {
    map.put("version", Hex.byteText(version));
    map.put("address", address);
    command.ifPresent(
        c -> {
          map.put("command", Hex.byteText(c.code()));
          map.put("command_name", c.description());
        });
    map.put("rtn", 0);
  }
}
