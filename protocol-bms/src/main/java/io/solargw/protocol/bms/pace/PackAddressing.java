package io.solargw.protocol.bms.pace;

/**
 * What the byte after INFOFLAG of a 0x42/0x44 answer means (bms.md §3.1, [PACE18 A.13 footnote]):
 * the number of pack blocks that follow (answer to COMMAND 0xFF), or the COMMAND echoed (exactly
 * one block follows).
 */
public enum PackAddressing {
  /** Answer to COMMAND 0xFF: the byte is the pack count M; blocks are packs 1..M in order. */
  ALL_PACKS,
  /** Answer to COMMAND N: the byte echoes N; one block, for pack N. */
  COMMAND_ECHO
}
