package io.solargw.protocol.inverter.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The exception-0x02 memory: refused blocks are split into halves down to single registers, refused
 * registers are remembered, and replanning converges to blocks the device accepts (quirk 2.4 item 1
 * of inverter-modbus.md).
 */
class DeviceReadMapTest {

  private static final long SEED = 0x0202L;

  /** Polls a simulated device until a whole cycle succeeds; returns the final state. */
  private static final class Poller {
    DeviceReadMap state;
    int transactions;
    int cycles;

    Poller(DeviceReadMap state) {
      this.state = state;
    }

    /** Runs cycles until one has no refusal; each cycle reads every planned block. */
    DeviceReadMap converge(Predicate<ReadBlock> deviceRefuses, BitSet readOut) {
      boolean refused = true;
      while (refused) {
        cycles++;
        assertThat(cycles).as("cycles").isLessThan(100);
        refused = false;
        readOut.clear();
        Deque<ReadBlock> queue = new ArrayDeque<>(state.plan());
        while (!queue.isEmpty()) {
          ReadBlock block = queue.poll();
          transactions++;
          if (deviceRefuses.test(block)) {
            refused = true;
            RetryPlan retry = state.onIllegalAddress(block);
            state = retry.next();
            retry.retry().forEach(queue::addLast);
          } else {
            readOut.set(block.start(), block.end() + 1);
          }
        }
      }
      return state;
    }
  }

  @Test
  void singleMpptUnitLearnsThatPv2RegistersAreIllegal() {
    // PowMr SP5K: 0x0110/0x0111 raise 0x02, so any read from 0x0100 longer than 16 fails
    DeviceReadMap start = DeviceReadMap.of(List.of(RegisterSpan.of(0x0100, 0x0111)), List.of(), 20);
    assertThat(start.plan()).containsExactly(new ReadBlock(0x0100, 18));

    Poller poller = new Poller(start);
    DeviceReadMap learned =
        poller.converge(b -> b.contains(0x0110) || b.contains(0x0111), new BitSet());

    assertThat(learned.unsupportedAddresses()).containsExactly(0x0110, 0x0111);
    assertThat(learned.plan()).containsExactly(new ReadBlock(0x0100, 16));
    assertThat(start.unsupportedAddresses()).isEmpty();
  }

  @Test
  void unitRefusing0x0204FallsBackToReadsFrom0x020C() {
    // Y&H HSI 5000U: 0x020C..0x023E readable, 0x010F..0x020B refused (2.4 item 1, 7 item 2)
    Predicate<ReadBlock> refuses = b -> b.start() <= 0x020B;
    Poller poller =
        new Poller(DeviceReadMap.of(List.of(RegisterSpan.of(0x0204, 0x0223)), List.of(), 20));
    DeviceReadMap learned = poller.converge(refuses, new BitSet());

    assertThat(learned.unsupportedAddresses()).hasSize(8).first().isEqualTo(0x0204);
    assertThat(learned.unsupportedAddresses()).last().isEqualTo(0x020B);
    assertThat(learned.plan()).hasSize(2).first().extracting(ReadBlock::start).isEqualTo(0x020C);
    assertThat(poller.transactions).isLessThan(40);
  }

  @Test
  void refusedBlockIsSplitIntoHalvesAndSingleRegistersAreRemembered() {
    DeviceReadMap state = DeviceReadMap.of(List.of(new RegisterSpan(0x0204, 19)), List.of(), 20);

    RetryPlan first = state.onIllegalAddress(new ReadBlock(0x0204, 19));
    assertThat(first.retry()).containsExactly(new ReadBlock(0x0204, 9), new ReadBlock(0x020D, 10));
    assertThat(first.next().rejectedBlocks()).containsExactly(new ReadBlock(0x0204, 19));
    assertThat(first.next().plan()).hasSize(2);

    RetryPlan single = first.next().onIllegalAddress(new ReadBlock(0x0204, 1));
    assertThat(single.retry()).isEmpty();
    assertThat(single.next().unsupportedAddresses()).containsExactly(0x0204);
    assertThat(single.next().plan()).allSatisfy(b -> assertThat(b.contains(0x0204)).isFalse());
  }

  @Test
  void halvesWithoutWantedRegistersAreNotRetried() {
    DeviceReadMap state =
        DeviceReadMap.of(
            List.of(new RegisterSpan(0x0100, 1), new RegisterSpan(0x0102, 1)), List.of(), 20);
    assertThat(state.plan()).containsExactly(new ReadBlock(0x0100, 3));

    RetryPlan retry = state.onIllegalAddress(new ReadBlock(0x0101, 2));
    assertThat(retry.retry()).containsExactly(new ReadBlock(0x0102, 1));
  }

  @Test
  void deviceThatRefusesReadsAcrossASegmentBoundaryConverges() {
    // SRNE-39 2.3: address segments may not be crossed in one command; single registers are fine
    Predicate<ReadBlock> crossesSegment = b -> b.start() < 0x0110 && b.end() >= 0x0110;
    Poller poller =
        new Poller(DeviceReadMap.of(List.of(RegisterSpan.of(0x0108, 0x0117)), List.of(), 20));
    BitSet read = new BitSet();
    DeviceReadMap learned = poller.converge(crossesSegment, read);

    assertThat(learned.unsupportedAddresses()).isEmpty();
    assertThat(learned.plan()).noneMatch(crossesSegment).hasSize(2);
    assertThat(read.cardinality()).isEqualTo(16);
  }

  @Test
  void randomDevicesConvergeAndCoverEverySupportedWantedRegister() {
    Random random = new Random(SEED);
    for (int round = 0; round < 300; round++) {
      BitSet holes = new BitSet();
      for (int i = 0; i < 200; i++) {
        if (random.nextInt(12) == 0) {
          holes.set(i);
        }
      }
      List<RegisterSpan> wanted = new ArrayList<>();
      for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
        wanted.add(new RegisterSpan(random.nextInt(180), 1 + random.nextInt(20)));
      }
      int max = 1 + random.nextInt(32);
      Poller poller = new Poller(DeviceReadMap.of(wanted, List.of(), max));
      BitSet read = new BitSet();
      DeviceReadMap learned =
          poller.converge(b -> holes.get(b.start(), b.end() + 1).cardinality() > 0, read);

      BitSet supportedWanted = new BitSet();
      wanted.forEach(s -> supportedWanted.set(s.start(), s.end() + 1));
      supportedWanted.andNot(holes);
      BitSet missed = (BitSet) supportedWanted.clone();
      missed.andNot(read);
      String where = "seed " + SEED + " round " + round;
      assertThat(missed.isEmpty()).as(where + " misses " + missed).isTrue();
      assertThat(read.intersects(holes)).as(where).isFalse();
      assertThat(learned.unsupportedAddresses()).as(where).allMatch(holes::get);
    }
  }

  @Test
  void rejectsInvalidState() {
    assertThatThrownBy(
            () ->
                new DeviceReadMap(
                    List.of(),
                    List.of(),
                    20,
                    new java.util.TreeSet<>(),
                    List.of(new ReadBlock(1, 1))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DeviceReadMap.of(List.of(), List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
