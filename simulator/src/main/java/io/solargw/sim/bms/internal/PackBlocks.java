package io.solargw.sim.bms.internal;

import io.solargw.protocol.bms.pace.AlarmBlock;
import io.solargw.protocol.bms.pace.AnalogBlock;
import io.solargw.protocol.bms.pace.Dialect;
import io.solargw.protocol.bms.pace.WarningLevel;
import io.solargw.sim.bms.PackCondition;
import io.solargw.sim.bms.PackThresholds;
import io.solargw.sim.site.PackState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A pack's 0x42 and 0x44 blocks in PACE units (bms.md 3.2-3.4, 4.1-4.3): cells in mV, temperatures
 * in 0.1 K with offset 2730, current in 10 mA (+ = charging), capacities in 10 mAh. The analog tail
 * is the P = 9 layout seen on the wire (variant B', capture V3): design capacity, SOC, 8 bytes
 * holding the design capacity four times (as in every capture), SOH, port voltage, port current 0.
 */
public final class PackBlocks {

  /** The user-defined item count P of the tail layout. */
  static final int USER_ITEMS = 9;

  /** The port (after the MOSFETs) reads a little below the cell sum (capture V3: 0.15 V). */
  private static final int PORT_DROP_MILLIVOLTS = 150;

  private PackBlocks() {}

  /** The 0x42 block of {@code p}. */
  public static AnalogBlock analog(PackState p) {
    List<Integer> temps = new ArrayList<>();
    for (double c : p.temperaturesCelsius()) {
      temps.add((int) Math.round(c * 10) + Dialect.PACE.kelvinOffsetTenths());
    }
    int design = centi(p.designAh());
    byte[] tail = new byte[16];
    put16(tail, 0, design);
    tail[2] = (byte) Math.round(p.socPercent());
    for (int i = 0; i < 4; i++) {
      put16(tail, 3 + 2 * i, design);
    }
    tail[11] = (byte) Math.round(p.sohPercent());
    put16(tail, 12, Math.max(0, p.millivolts() - PORT_DROP_MILLIVOLTS));
    return new AnalogBlock(
        p.cellMillivolts(),
        temps,
        (int) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(p.amps() * 100))),
        Math.min(0xFFFF, p.millivolts()),
        centi(p.remainingAh()),
        USER_ITEMS,
        centi(p.fullAh()),
        Math.min(0xFFFF, p.cycles()),
        tail);
  }

  /**
   * The block of a pack the master cannot reach, as a real master lists it (capture V9): 16 zero
   * cells, temperatures 0.0 °C, no current or voltage, SOC byte 0x62 and SOH 0x64.
   */
  public static AnalogBlock offline() {
    List<Integer> temps = Collections.nCopies(6, Dialect.PACE.kelvinOffsetTenths());
    byte[] tail = new byte[16];
    tail[2] = 0x62;
    tail[11] = 0x64;
    return new AnalogBlock(Collections.nCopies(16, 0), temps, 0, 0, 0, USER_ITEMS, 0, 0, tail);
  }

  /** An all-normal alarm block of an unreachable pack. */
  public static AlarmBlock offlineAlarm() {
    return new AlarmBlock(
        Collections.nCopies(16, 0), Collections.nCopies(6, 0), 0, 0, 0, new byte[9], new byte[0]);
  }

  /** The 0x44 block of {@code p} in the conditions {@code on}. */
  public static AlarmBlock alarm(
      PackState p, Set<PackCondition> on, PackThresholds t, SimulatedPack pack) {
    List<Integer> cells = new ArrayList<>();
    for (int mv : p.cellMillivolts()) {
      cells.add(
          mv >= t.cellHighAlarmMillivolts()
              ? WarningLevel.ABOVE_UPPER_LIMIT.code()
              : mv <= t.cellLowAlarmMillivolts() ? WarningLevel.BELOW_LOWER_LIMIT.code() : 0);
    }
    List<Integer> temps = new ArrayList<>();
    for (int s = 0; s < 4; s++) {
      temps.add(
          level(
              on,
              Set.of(PackCondition.COT, PackCondition.DOT),
              Set.of(PackCondition.CUT, PackCondition.DUT)));
    }
    temps.add(level(on, Set.of(PackCondition.MOS_OT, PackCondition.MOS_OTP), Set.of()));
    temps.add(
        level(
            on,
            Set.of(PackCondition.EOT, PackCondition.EOTP),
            Set.of(PackCondition.EUT, PackCondition.EUTP)));
    int[] states = new int[9];
    AlarmBits.apply(on, states);
    boolean chargeBlocked =
        pack.chargeMosfetOff() || on.stream().anyMatch(PackCondition::blocksCharge);
    boolean dischargeBlocked =
        pack.dischargeMosfetOff() || on.stream().anyMatch(PackCondition::blocksDischarge);
    states[AlarmBits.INSTRUCTION] =
        (p.amps() > 0.1 ? 1 << 5 : 0)
            | (p.amps() < -0.1 ? 1 << 3 : 0)
            | (dischargeBlocked ? 0 : 1 << 2)
            | (chargeBlocked ? 0 : 1 << 1);
    states[AlarmBits.CONTROL] = pack.controlState();
    for (int cell : p.balancingCells()) {
      states[cell <= 8 ? AlarmBits.BALANCE_1 : AlarmBits.BALANCE_2] |= 1 << ((cell - 1) % 8);
    }
    byte[] bytes = new byte[9];
    for (int i = 0; i < 9; i++) {
      bytes[i] = (byte) states[i];
    }
    return new AlarmBlock(
        cells,
        temps,
        level(on, Set.of(PackCondition.COC, PackCondition.COCP), Set.of()),
        level(
            on,
            Set.of(PackCondition.TOV, PackCondition.TOVP),
            Set.of(PackCondition.TUV, PackCondition.TUVP)),
        level(on, Set.of(PackCondition.DOC, PackCondition.DOCP), Set.of()),
        bytes,
        new byte[0]);
  }

  private static int level(Set<PackCondition> on, Set<PackCondition> high, Set<PackCondition> low) {
    if (on.stream().anyMatch(high::contains)) {
      return WarningLevel.ABOVE_UPPER_LIMIT.code();
    }
    return on.stream().anyMatch(low::contains) ? WarningLevel.BELOW_LOWER_LIMIT.code() : 0;
  }

  private static int centi(double ampHours) {
    return (int) Math.max(0, Math.min(0xFFFF, Math.round(ampHours * 100)));
  }

  private static void put16(byte[] b, int at, int v) {
    b[at] = (byte) (v >> 8);
    b[at + 1] = (byte) v;
  }
}
