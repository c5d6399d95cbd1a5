package io.solargw.protocol.bms.pace;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * What the decoder expects of an answer: its dialect (VER), the command it answers, the request's
 * first COMMAND_INFO byte (for 0x42/0x44: 0xFF = all packs, else the pack echoed), the device type,
 * and optionally the address it must come from.
 *
 * <p>By default any ADR is accepted: the BMS answers with its real DIP address (bms.md §1.7 item 6,
 * §5.4). Require one with {@link #requiringAddress(int)} when the bus has several packs.
 *
 * @param dialect expected VER
 * @param command the command answered
 * @param commandInfo the request's first COMMAND_INFO byte, if any
 * @param requiredAddress the ADR the answer must carry, if any
 * @param cid1 expected device type
 * @param cellCount the number of cells every pack has, if known (from its analog answer): a 0x42 or
 *     0x44 block announcing another count is a LAYOUT error, because its per-cell values cannot be
 *     attributed (capture W3: a 15-cell pack whose alarm block lists 16 cells)
 */
public record ResponseContext(
    Dialect dialect,
    CommandCode command,
    OptionalInt commandInfo,
    OptionalInt requiredAddress,
    int cid1,
    OptionalInt cellCount) {

  /** Checks for nulls. */
  public ResponseContext {
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(commandInfo, "commandInfo");
    Objects.requireNonNull(requiredAddress, "requiredAddress");
    Objects.requireNonNull(cellCount, "cellCount");
  }

  /** The context of the answer to {@code request}. */
  public static ResponseContext of(Request request) {
    byte[] info = request.info();
    return new ResponseContext(
        request.dialect(),
        request.command(),
        info.length > 0 ? OptionalInt.of(info[0] & 0xFF) : OptionalInt.empty(),
        OptionalInt.empty(),
        request.cid1(),
        OptionalInt.empty());
  }

  /** The answer to {@code command} in {@code dialect}, request INFO unknown. */
  public static ResponseContext of(Dialect dialect, CommandCode command) {
    return new ResponseContext(
        dialect,
        command,
        OptionalInt.empty(),
        OptionalInt.empty(),
        Request.LIFEPO4,
        OptionalInt.empty());
  }

  /** The same context, also requiring the answer's ADR to be {@code address}. */
  public ResponseContext requiringAddress(int address) {
    return new ResponseContext(
        dialect, command, commandInfo, OptionalInt.of(address), cid1, cellCount);
  }

  /** The same context, also requiring every pack block to list {@code cells} cells. */
  public ResponseContext expectingCellCount(int cells) {
    return new ResponseContext(
        dialect, command, commandInfo, requiredAddress, cid1, OptionalInt.of(cells));
  }
}
