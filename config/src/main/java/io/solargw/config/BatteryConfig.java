package io.solargw.config;

import io.solargw.config.internal.Require;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The rack on a bms bus ({@code buses[N].battery}).
 *
 * <p>Packs are numbered by DIP address: pack 1 is the master at {@code address}, the others follow
 * at {@code address + 1}, ... (bms.md 5.1). With PACE (0x25) and more than one pack in all-packs
 * mode the master must have address 1, otherwise it only reports itself.
 *
 * @param mode all-packs (one 0xFF request to the master) or per-pack (one request per address)
 * @param packs expected number of packs, 1..{@value #MAX_PACKS}
 * @param protocolVersion VER byte of the frames
 * @param address the master's address (ADR): 0..15 for PACE, 0..255 for Pylontech
 */
public record BatteryConfig(
    BatteryMode mode, int packs, BmsProtocolVersion protocolVersion, int address) {

  /** Most packs in one rack (battery manual: up to 15 in parallel). */
  public static final int MAX_PACKS = 15;

  /** Checks the pack count and that every pack address fits the protocol. */
  public BatteryConfig {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(protocolVersion, "protocolVersion");
    Require.range("packs", packs, 1, MAX_PACKS);
    Require.range("address", address, 0, protocolVersion.maxAddress() - packs + 1);
  }

  /** The pack addresses {@code address .. address + packs - 1}, master first. */
  public List<Integer> packAddresses() {
    return IntStream.range(address, address + packs).boxed().toList();
  }
}
