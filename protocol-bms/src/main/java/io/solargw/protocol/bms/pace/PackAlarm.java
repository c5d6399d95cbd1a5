package io.solargw.protocol.bms.pace;

import io.solargw.protocol.bms.pace.AlarmFlag.Category;
import io.solargw.protocol.bms.pace.AlarmFlag.State;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One pack's alarm block interpreted for its dialect: set flags by category, balancing cells,
 * control state.
 *
 * <p>Balancing bytes: byte 1 = cells 1-8, byte 2 = cells 9-16, bit 0 = the lowest cell of the
 * group, as both PACE documents, the Gobel add-on and a Shoto reference read them. UNCERTAIN
 * (bms.md §8.1): nkinnan reads the two bytes as one big-endian u16 with bit 0 = cell 1, which swaps
 * the bytes; no capture with balancing bits set settles it.
 *
 * @param packAddress the pack this block belongs to (echo, or 1..M in block order)
 * @param dialect PACE (9 state bytes) or Pylontech (5 status bytes)
 * @param block the wire bytes
 */
public record PackAlarm(int packAddress, Dialect dialect, AlarmBlock block) {

  /** Checks for nulls. */
  public PackAlarm {
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(block, "block");
  }

  /** Every documented flag that is set, in table order. */
  public List<AlarmFlag> flags() {
    List<AlarmFlag> out = new ArrayList<>();
    if (dialect == Dialect.PYLONTECH) {
      out.addAll(AlarmFlag.set(State.PYLON_STATUS_1, block.state(0)));
      out.addAll(AlarmFlag.set(State.PYLON_STATUS_2, block.state(1)));
      out.addAll(AlarmFlag.set(State.PYLON_STATUS_3, block.state(2)));
      return out;
    }
    out.addAll(AlarmFlag.set(State.PROTECT_1, block.state(0)));
    out.addAll(AlarmFlag.set(State.PROTECT_2, block.state(1)));
    out.addAll(AlarmFlag.set(State.INSTRUCTION, block.state(2)));
    out.addAll(AlarmFlag.set(State.FAULT, block.state(4)));
    out.addAll(AlarmFlag.set(State.WARN_1, block.state(7)));
    out.addAll(AlarmFlag.set(State.WARN_2, block.state(8)));
    block.extraByte(0).ifPresent(v -> out.addAll(AlarmFlag.set(State.FAULT_8, v)));
    block.extraByte(1).ifPresent(v -> out.addAll(AlarmFlag.set(State.INDICATION_9, v)));
    block.extraByte(4).ifPresent(v -> out.addAll(AlarmFlag.set(State.FAULT_10, v)));
    return out;
  }

  /** Set flags of one category. */
  public List<AlarmFlag> flags(Category category) {
    return flags().stream().filter(f -> f.category() == category).toList();
  }

  /** PACE balancing cells (1-based): balance byte 1 = cells 1-8, byte 2 = 9-16, bit 0 lowest. */
  public List<Integer> balancingCells() {
    return dialect == Dialect.PACE ? cells(block.state(5), block.state(6)) : List.of();
  }

  /** V3.1 active-balancing cells from extra bytes 3 and 4, same bit order; empty if absent. */
  public List<Integer> activeBalancingCells() {
    if (block.extra().length < 4) {
      return List.of();
    }
    return cells(block.extraByte(2).getAsInt(), block.extraByte(3).getAsInt());
  }

  /** Pylontech status 4/5: cells reported in error (> 4.2 V or < 1 V), 1-based. */
  public List<Integer> cellErrors() {
    return dialect == Dialect.PYLONTECH ? cells(block.state(3), block.state(4)) : List.of();
  }

  /** PACE control state (state byte 4). */
  public ControlState controlState() {
    return new ControlState(dialect == Dialect.PACE ? block.state(3) : 0);
  }

  private static List<Integer> cells(int low, int high) {
    List<Integer> out = new ArrayList<>();
    for (int bit = 0; bit < 8; bit++) {
      if ((low >> bit & 1) == 1) {
        out.add(bit + 1);
      }
    }
    for (int bit = 0; bit < 8; bit++) {
      if ((high >> bit & 1) == 1) {
        out.add(bit + 9);
      }
    }
    return out;
  }
}
