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
 */
public record ResponseContext(
    Dialect dialect,
    CommandCode command,
    OptionalInt commandInfo,
    OptionalInt requiredAddress,
    int cid1) {

  /** Checks for nulls. */
  public ResponseContext {
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(commandInfo, "commandInfo");
    Objects.requireNonNull(requiredAddress, "requiredAddress");
  }

  /** The context of the answer to {@code request}. */
  public static ResponseContext of(Request request) {
    byte[] info = request.info();
    return new ResponseContext(
        request.dialect(),
        request.command(),
        info.length > 0 ? OptionalInt.of(info[0] & 0xFF) : OptionalInt.empty(),
        OptionalInt.empty(),
        request.cid1());
  }

  /** The answer to {@code command} in {@code dialect}, request INFO unknown. */
  public static ResponseContext of(Dialect dialect, CommandCode command) {
    return new ResponseContext(
        dialect, command, OptionalInt.empty(), OptionalInt.empty(), Request.LIFEPO4);
  }

  /** The same context, also requiring the answer's ADR to be {@code address}. */
  public ResponseContext requiringAddress(int address) {
    return new ResponseContext(dialect, command, commandInfo, OptionalInt.of(address), cid1);
  }
}
