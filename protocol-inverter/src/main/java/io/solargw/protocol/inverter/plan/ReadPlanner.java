package io.solargw.protocol.inverter.plan;

import io.solargw.protocol.inverter.plan.internal.BlockOptimizer;
import java.util.Collection;
import java.util.List;

/**
 * Plans the read transactions that cover the wanted registers: fewest transactions first, then
 * fewest registers read.
 *
 * <p>A block never touches a forbidden register and never exceeds the per-read limit (SRNE: 32,
 * default 20; inverter-modbus.md 2.3). Gaps between wanted registers are read through only when
 * that saves a transaction and no forbidden register lies in the gap (holes make the whole request
 * fail with exception 0x02, 2.4 item 1). The result is exact, not greedy: a dynamic programme over
 * the sorted wanted addresses.
 */
public final class ReadPlanner {

  private ReadPlanner() {}

  /**
   * The optimal blocks, sorted by start address. A register that is both wanted and forbidden is
   * not read: forbidden wins (e.g. an address the device refused with exception 0x02).
   *
   * @param wanted spans to cover; may overlap
   * @param forbidden spans never to read; may overlap
   * @param maxRegistersPerRead 1..125
   * @throws IllegalArgumentException for a max outside 1..125 or null arguments
   */
  public static List<ReadBlock> plan(
      Collection<RegisterSpan> wanted,
      Collection<RegisterSpan> forbidden,
      int maxRegistersPerRead) {
    return BlockOptimizer.plan(wanted, forbidden, List.of(), maxRegistersPerRead);
  }
}
