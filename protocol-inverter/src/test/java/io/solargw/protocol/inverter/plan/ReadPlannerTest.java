package io.solargw.protocol.inverter.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Planner properties over seeded random cases (cover every wanted register, never touch a forbidden
 * one, never exceed the max), exact minimum against an exhaustive reference on small cases, and the
 * suggested block set of inverter-modbus.md section 7 item 2.
 */
class ReadPlannerTest {

  private static final long SEED = 7_2024L;

  @Test
  void randomPlansCoverWantedAvoidForbiddenAndRespectTheMax() {
    Random random = new Random(SEED);
    for (int round = 0; round < 3_000; round++) {
      int base = random.nextInt(0x10000 - 400);
      List<RegisterSpan> wanted = randomSpans(random, base, 400, 1 + random.nextInt(12), 30);
      List<RegisterSpan> forbidden = randomSpans(random, base, 400, random.nextInt(8), 10);
      int max = 1 + random.nextInt(125);
      List<ReadBlock> plan = ReadPlanner.plan(wanted, forbidden, max);
      String where = "seed " + SEED + " round " + round + " max " + max;

      BitSet need = bits(wanted);
      need.andNot(bits(forbidden));
      BitSet read = new BitSet();
      int previousEnd = -1;
      for (ReadBlock block : plan) {
        assertThat(block.count()).as(where).isBetween(1, max);
        assertThat(block.start()).as(where + " sorted, disjoint").isGreaterThan(previousEnd);
        previousEnd = block.end();
        read.set(block.start(), block.end() + 1);
      }
      assertThat(read.intersects(bits(forbidden))).as(where + " touches forbidden").isFalse();
      BitSet missed = (BitSet) need.clone();
      missed.andNot(read);
      assertThat(missed.isEmpty()).as(where + " misses " + missed).isTrue();
    }
  }

  @Test
  void plansAreExactlyMinimalOnSmallCases() {
    Random random = new Random(SEED + 1);
    for (int round = 0; round < 4_000; round++) {
      int size = 1 + random.nextInt(16);
      BitSet wanted = randomBits(random, size, random.nextDouble());
      BitSet forbidden = randomBits(random, size, random.nextDouble() * 0.4);
      int max = random.nextInt(5) == 0 ? 1 + random.nextInt(20) : 1 + random.nextInt(6);
      List<ReadBlock> plan = ReadPlanner.plan(spans(wanted), spans(forbidden), max);
      long[] best = new Reference(wanted, forbidden, size, max).best(0);

      long registers = plan.stream().mapToLong(ReadBlock::count).sum();
      assertThat(new long[] {plan.size(), registers})
          .as(
              "seed %d round %d wanted %s forbidden %s max %d plan %s",
              SEED + 1, round, wanted, forbidden, max, plan)
          .containsExactly(best);
    }
  }

  @Test
  void bridgesAGapOnlyWhenItSavesATransaction() {
    List<RegisterSpan> wanted = List.of(new RegisterSpan(0x0100, 4), new RegisterSpan(0x0106, 2));

    assertThat(ReadPlanner.plan(wanted, List.of(), 20)).containsExactly(new ReadBlock(0x0100, 8));
    assertThat(ReadPlanner.plan(wanted, List.of(new RegisterSpan(0x0105, 1)), 20))
        .containsExactly(new ReadBlock(0x0100, 4), new ReadBlock(0x0106, 2));
    assertThat(ReadPlanner.plan(wanted, List.of(), 7))
        .containsExactly(new ReadBlock(0x0100, 4), new ReadBlock(0x0106, 2));
  }

  @Test
  void suggestedBlocksOfSection7TakeSixTransactionsOrFiveWhenTheHoleMayBeRead() {
    List<RegisterSpan> wanted =
        List.of(
            new RegisterSpan(0x0100, 12),
            new RegisterSpan(0x010E, 1),
            new RegisterSpan(0x0204, 19),
            new RegisterSpan(0x0217, 13),
            new RegisterSpan(0xF02D, 17),
            new RegisterSpan(0xF046, 6));
    List<RegisterSpan> hole = List.of(RegisterSpan.of(0x010C, 0x010D));

    List<ReadBlock> avoidingHole = ReadPlanner.plan(wanted, hole, 20);
    assertThat(avoidingHole).hasSize(6);
    assertThat(avoidingHole.stream().mapToInt(ReadBlock::count).sum()).isEqualTo(68);
    assertThat(avoidingHole)
        .contains(new ReadBlock(0x0100, 12), new ReadBlock(0x010E, 1))
        .contains(new ReadBlock(0xF02D, 17), new ReadBlock(0xF046, 6));
    List<ReadBlock> bridging = ReadPlanner.plan(wanted, List.of(), 20);
    assertThat(bridging).hasSize(5).contains(new ReadBlock(0x0100, 15));
  }

  @Test
  void forbiddenWinsOverWantedAndEmptyWantedPlansNothing() {
    assertThat(
            ReadPlanner.plan(
                List.of(new RegisterSpan(10, 5)), List.of(new RegisterSpan(12, 1)), 125))
        .containsExactly(new ReadBlock(10, 2), new ReadBlock(13, 2));
    assertThat(ReadPlanner.plan(List.of(), List.of(), 1)).isEmpty();
    assertThat(ReadPlanner.plan(List.of(new RegisterSpan(0, 0x10000)), List.of(), 125))
        .hasSize(525);
  }

  @Test
  void rejectsAMaxOutside1To125() {
    assertThatThrownBy(() -> ReadPlanner.plan(List.of(), List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxRegistersPerRead must be 1..125, got 0");
    assertThatThrownBy(() -> ReadPlanner.plan(List.of(), List.of(), 126))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RegisterSpan(0xFFFF, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Exhaustive search over every placement of disjoint blocks, address by address: at a wanted
   * address a block must start; elsewhere the search may skip or start a block (even on an unwanted
   * address). Independent of the planner's "blocks start on wanted registers" shortcut.
   */
  private static final class Reference {
    private final BitSet need;
    private final BitSet forbidden;
    private final int size;
    private final int max;
    private final Map<Integer, long[]> memo = new HashMap<>();

    Reference(BitSet wanted, BitSet forbidden, int size, int max) {
      this.need = (BitSet) wanted.clone();
      this.need.andNot(forbidden);
      this.forbidden = forbidden;
      this.size = size;
      this.max = max;
    }

    long[] best(int p) {
      if (need.nextSetBit(p) < 0) {
        return new long[] {0, 0};
      }
      long[] cached = memo.get(p);
      if (cached != null) {
        return cached;
      }
      long[] result = need.get(p) ? null : best(p + 1);
      for (int length = 1; length <= max && p + length <= size; length++) {
        if (forbidden.get(p + length - 1)) {
          break;
        }
        long[] rest = best(p + length);
        long[] option = {1 + rest[0], length + rest[1]};
        if (result == null
            || option[0] < result[0]
            || (option[0] == result[0] && option[1] < result[1])) {
          result = option;
        }
      }
      memo.put(p, result);
      return result;
    }
  }

  private static List<RegisterSpan> randomSpans(
      Random random, int base, int range, int n, int maxLength) {
    List<RegisterSpan> spans = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      spans.add(new RegisterSpan(base + random.nextInt(range), 1 + random.nextInt(maxLength)));
    }
    return spans;
  }

  private static BitSet randomBits(Random random, int size, double density) {
    BitSet bits = new BitSet();
    for (int i = 0; i < size; i++) {
      if (random.nextDouble() < density) {
        bits.set(i);
      }
    }
    return bits;
  }

  private static List<RegisterSpan> spans(BitSet bits) {
    List<RegisterSpan> spans = new ArrayList<>();
    for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
      spans.add(new RegisterSpan(i, 1));
    }
    return spans;
  }

  private static BitSet bits(List<RegisterSpan> spans) {
    BitSet bits = new BitSet();
    spans.forEach(s -> bits.set(s.start(), s.start() + s.count()));
    return bits;
  }
}
