package io.solargw.protocol.inverter.plan;

import io.solargw.protocol.inverter.plan.internal.BlockOptimizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the gateway has learned about which registers one device serves, and the read plan that
 * follows; an immutable value, one per device.
 *
 * <p>A read touching an unimplemented register fails as a whole with exception 0x02, and the
 * readable set depends on model and firmware (inverter-modbus.md 2.4 item 1, 7 item 2). On such a
 * refusal, {@link #onIllegalAddress(ReadBlock)} splits the block into halves, down to single
 * registers; a refused single register is remembered as unsupported (never read again), a refused
 * larger block is remembered as rejected (no later block may contain it whole, which also covers
 * devices that refuse reads crossing a segment boundary, SRNE-39 2.3).
 *
 * @param wanted spans the profile needs
 * @param forbidden spans configured as never to read
 * @param maxRegistersPerRead 1..125
 * @param unsupportedAddresses single registers the device refused, sorted
 * @param rejectedBlocks blocks of 2 or more registers the device refused, in the order learned
 */
public record DeviceReadMap(
    List<RegisterSpan> wanted,
    List<RegisterSpan> forbidden,
    int maxRegistersPerRead,
    SortedSet<Integer> unsupportedAddresses,
    List<ReadBlock> rejectedBlocks) {

  /** Validates and copies; throws {@link IllegalArgumentException} naming the parameter. */
  public DeviceReadMap {
    wanted = List.copyOf(wanted);
    forbidden = List.copyOf(forbidden);
    if (maxRegistersPerRead < 1 || maxRegistersPerRead > ReadBlock.MAX_COUNT) {
      throw new IllegalArgumentException(
          "maxRegistersPerRead must be 1..125, got " + maxRegistersPerRead);
    }
    TreeSet<Integer> addresses = new TreeSet<>();
    for (Integer address : unsupportedAddresses) {
      if (address == null || address < 0 || address > 0xFFFF) {
        throw new IllegalArgumentException(
            "unsupportedAddresses must hold 0..65535, got " + address);
      }
      addresses.add(address);
    }
    unsupportedAddresses = Collections.unmodifiableSortedSet(addresses);
    rejectedBlocks = List.copyOf(rejectedBlocks);
    for (ReadBlock block : rejectedBlocks) {
      if (block.count() < 2) {
        throw new IllegalArgumentException(
            "rejectedBlocks must hold blocks of 2 or more registers, got " + block);
      }
    }
  }

  /** A device about which nothing has been learned yet. */
  public static DeviceReadMap of(
      Collection<RegisterSpan> wanted,
      Collection<RegisterSpan> forbidden,
      int maxRegistersPerRead) {
    return new DeviceReadMap(
        List.copyOf(wanted),
        List.copyOf(forbidden),
        maxRegistersPerRead,
        new TreeSet<>(),
        List.of());
  }

  /** The optimal blocks given everything learned so far (see {@link ReadPlanner}). */
  public List<ReadBlock> plan() {
    return BlockOptimizer.plan(wanted, allForbidden(), rejectedBlocks, maxRegistersPerRead);
  }

  /**
   * Learns from an exception 0x02 answer to {@code block}: a single register becomes unsupported; a
   * larger block becomes rejected and its two halves (first half {@code count / 2} registers) are
   * returned for retry, except a half that holds no wanted register.
   */
  public RetryPlan onIllegalAddress(ReadBlock block) {
    Objects.requireNonNull(block, "block");
    if (block.count() == 1) {
      TreeSet<Integer> addresses = new TreeSet<>(unsupportedAddresses);
      addresses.add(block.start());
      DeviceReadMap next =
          new DeviceReadMap(wanted, forbidden, maxRegistersPerRead, addresses, rejectedBlocks);
      return new RetryPlan(next, List.of());
    }
    List<ReadBlock> rejected = new ArrayList<>(rejectedBlocks);
    if (!rejected.contains(block)) {
      rejected.add(block);
    }
    DeviceReadMap next =
        new DeviceReadMap(wanted, forbidden, maxRegistersPerRead, unsupportedAddresses, rejected);
    int firstHalf = block.count() / 2;
    List<ReadBlock> retry = new ArrayList<>(2);
    for (ReadBlock half :
        List.of(
            new ReadBlock(block.start(), firstHalf),
            new ReadBlock(block.start() + firstHalf, block.count() - firstHalf))) {
      if (holdsWanted(half)) {
        retry.add(half);
      }
    }
    return new RetryPlan(next, retry);
  }

  /** True when the register is wanted and neither forbidden nor unsupported. */
  private boolean holdsWanted(ReadBlock block) {
    for (int address = block.start(); address <= block.end(); address++) {
      int a = address;
      boolean isWanted = wanted.stream().anyMatch(s -> s.contains(a));
      boolean isBanned =
          unsupportedAddresses.contains(a) || forbidden.stream().anyMatch(s -> s.contains(a));
      if (isWanted && !isBanned) {
        return true;
      }
    }
    return false;
  }

  private List<RegisterSpan> allForbidden() {
    List<RegisterSpan> all = new ArrayList<>(forbidden);
    for (int address : unsupportedAddresses) {
      all.add(new RegisterSpan(address, 1));
    }
    return all;
  }
}
