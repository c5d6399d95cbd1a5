package io.solargw.protocol.inverter.plan.internal;

import io.solargw.protocol.inverter.plan.ReadBlock;
import io.solargw.protocol.inverter.plan.RegisterSpan;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The exact read planner. Some optimal plan uses disjoint blocks that each start and end on a
 * wanted register (trimming never costs), so a plan is a split of the sorted wanted addresses into
 * consecutive runs; {@code best[i]} is the cheapest cover of wanted[i..] and each block starting at
 * wanted[i] may end at any wanted[j] within the limit. O(wanted x max).
 */
public final class BlockOptimizer {

  private static final int ADDRESSES = 0x10000;

  private BlockOptimizer() {}

  /**
   * Plans blocks covering {@code wanted} minus {@code forbidden}, none containing a forbidden
   * register or wholly containing one of {@code rejected} (blocks the device refused as a whole).
   */
  public static List<ReadBlock> plan(
      Collection<RegisterSpan> wanted,
      Collection<RegisterSpan> forbidden,
      Collection<ReadBlock> rejected,
      int maxRegistersPerRead) {
    Objects.requireNonNull(wanted, "wanted");
    Objects.requireNonNull(forbidden, "forbidden");
    Objects.requireNonNull(rejected, "rejected");
    if (maxRegistersPerRead < 1 || maxRegistersPerRead > ReadBlock.MAX_COUNT) {
      throw new IllegalArgumentException(
          "maxRegistersPerRead must be 1..125, got " + maxRegistersPerRead);
    }
    BitSet banned = bits(forbidden);
    BitSet need = bits(wanted);
    need.andNot(banned);
    int[] addresses = need.stream().toArray();
    int[] limit = limits(addresses, banned, rejected, maxRegistersPerRead);
    return solve(addresses, limit);
  }

  private static BitSet bits(Collection<RegisterSpan> spans) {
    BitSet set = new BitSet(ADDRESSES);
    for (RegisterSpan span : spans) {
      set.set(span.start(), span.start() + span.count());
    }
    return set;
  }

  /** For each wanted start, the last address a block starting there may reach. */
  private static int[] limits(
      int[] addresses, BitSet banned, Collection<ReadBlock> rejected, int max) {
    List<ReadBlock> byStart = new ArrayList<>(rejected);
    byStart.sort(Comparator.comparingInt(ReadBlock::start));
    // suffixMinEnd[k]: smallest end among rejected blocks k.. (those starting at or after a start)
    int[] suffixMinEnd = new int[byStart.size() + 1];
    suffixMinEnd[byStart.size()] = Integer.MAX_VALUE;
    for (int k = byStart.size() - 1; k >= 0; k--) {
      suffixMinEnd[k] = Math.min(byStart.get(k).end(), suffixMinEnd[k + 1]);
    }
    int[] limit = new int[addresses.length];
    int k = 0;
    for (int i = 0; i < addresses.length; i++) {
      int start = addresses[i];
      while (k < byStart.size() && byStart.get(k).start() < start) {
        k++;
      }
      int nextBanned = banned.nextSetBit(start);
      int last = start + max - 1;
      if (nextBanned >= 0) {
        last = Math.min(last, nextBanned - 1);
      }
      // a one-register rejected block cannot be avoided by splitting; it only bans itself
      last = Math.max(start, Math.min(last, suffixMinEnd[k] - 1));
      limit[i] = last;
    }
    return limit;
  }

  private static List<ReadBlock> solve(int[] addresses, int[] limit) {
    int n = addresses.length;
    int[] transactions = new int[n + 1];
    long[] registers = new long[n + 1];
    int[] lastCovered = new int[n];
    for (int i = n - 1; i >= 0; i--) {
      transactions[i] = Integer.MAX_VALUE;
      // scanning longest first and keeping only strict improvements prefers longer first blocks
      int j = i;
      while (j + 1 < n && addresses[j + 1] <= limit[i]) {
        j++;
      }
      for (; j >= i; j--) {
        int t = 1 + transactions[j + 1];
        long r = addresses[j] - addresses[i] + 1 + registers[j + 1];
        if (t < transactions[i] || (t == transactions[i] && r < registers[i])) {
          transactions[i] = t;
          registers[i] = r;
          lastCovered[i] = j;
        }
      }
    }
    List<ReadBlock> blocks = new ArrayList<>(transactions[0]);
    for (int i = 0; i < n; i = lastCovered[i] + 1) {
      blocks.add(new ReadBlock(addresses[i], addresses[lastCovered[i]] - addresses[i] + 1));
    }
    return List.copyOf(blocks);
  }
}
