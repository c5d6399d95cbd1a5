package io.solargw.sim.site;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The rack of packs in parallel: splits the rack current between packs (each a little differently,
 * as real packs do), integrates each pack's charge, and derives cell voltages from a LiFePO4
 * open-circuit curve plus IR drop plus a fixed per-cell spread.
 */
final class BatteryBank {

  static final int CELLS = 16;
  private static final double BALANCE_ABOVE_SOC = 95;
  private static final int BALANCE_DELTA_MV = 6;

  private final Pack[] packs;

  private static final class Pack {
    final int address;
    final double designAh;
    final double fullAh;
    final double share;
    final int[] cellOffsetMillivolts = new int[CELLS];
    final int[] extraMillivolts = new int[CELLS];
    double remainingAh;
    double throughputAh;
    int cycles;
    double amps;

    Pack(int address, double designAh, SplittableRandom random, double socPercent) {
      this.address = address;
      this.designAh = designAh;
      this.fullAh = designAh * (0.97 + 0.06 * random.nextDouble());
      this.share = 0.97 + 0.06 * random.nextDouble();
      this.remainingAh = fullAh * socPercent / 100;
      this.cycles = 5 + random.nextInt(300);
      int sum = 0;
      for (int c = 0; c < CELLS - 1; c++) {
        cellOffsetMillivolts[c] = random.nextInt(-4, 5);
        sum += cellOffsetMillivolts[c];
      }
      cellOffsetMillivolts[CELLS - 1] =
          -sum; // offsets sum to zero: the spread does not move the pack voltage
    }

    double socPercent() {
      return Math.min(100, 100 * remainingAh / fullAh); // 100 * x / x may round above 100
    }
  }

  BatteryBank(
      int packCount, double packDesignAh, double initialSocPercent, SplittableRandom random) {
    packs = new Pack[packCount];
    for (int i = 0; i < packCount; i++) {
      packs[i] = new Pack(i + 1, packDesignAh, random, initialSocPercent);
    }
  }

  /**
   * Applies {@code rackAmps} (positive = charging) for {@code seconds}; returns the current
   * actually accepted.
   */
  double apply(double rackAmps, double seconds) {
    double shares = 0;
    for (Pack p : packs) {
      shares += p.share;
    }
    double accepted = 0;
    for (Pack p : packs) {
      double amps = rackAmps * p.share / shares;
      double ah = amps * seconds / 3600;
      double next = Math.min(p.fullAh, Math.max(0, p.remainingAh + ah));
      p.amps = seconds > 0 ? (next - p.remainingAh) * 3600 / seconds : 0;
      accepted += p.amps;
      if (p.amps < 0) {
        p.throughputAh -= p.amps * seconds / 3600;
        if (p.throughputAh >= p.fullAh) {
          p.throughputAh -= p.fullAh;
          p.cycles++;
        }
      }
      p.remainingAh = next;
    }
    return accepted;
  }

  /** Rack state of charge, capacity-weighted, in percent. */
  double socPercent() {
    double remaining = 0;
    double full = 0;
    for (Pack p : packs) {
      remaining += p.remainingAh;
      full += p.fullAh;
    }
    return Math.min(100, 100 * remaining / full);
  }

  /** Headroom for charging, in amp-hours, over all packs. */
  double headroomAh() {
    double headroom = 0;
    for (Pack p : packs) {
      headroom += p.fullAh - p.remainingAh;
    }
    return headroom;
  }

  /** Adds a fixed offset to one cell (scenario: a drifting or failing cell). */
  void setCellFault(int packAddress, int cell, int extraMillivolts) {
    packs[packAddress - 1].extraMillivolts[cell - 1] = extraMillivolts;
  }

  /** Current rack voltage in volts (mean of the packs in parallel). */
  double volts() {
    double mv = 0;
    for (Pack p : packs) {
      mv += packMillivolts(p);
    }
    return mv / packs.length / 1000;
  }

  BatteryState state(double ambientCelsius) {
    List<PackState> states = new ArrayList<>(packs.length);
    double amps = 0;
    for (Pack p : packs) {
      states.add(packState(p, ambientCelsius));
      amps += p.amps;
    }
    return new BatteryState(socPercent(), volts(), amps, states);
  }

  private int[] cells(Pack p) {
    double base = CellChemistry.openCircuitMillivolts(p.socPercent());
    double ir = p.amps * CellChemistry.CELL_MILLIOHMS;
    int[] mv = new int[CELLS];
    for (int c = 0; c < CELLS; c++) {
      mv[c] = (int) Math.round(base + ir + p.cellOffsetMillivolts[c] + p.extraMillivolts[c]);
    }
    return mv;
  }

  private int packMillivolts(Pack p) {
    int sum = 0;
    for (int v : cells(p)) {
      sum += v;
    }
    return sum;
  }

  private PackState packState(Pack p, double ambientCelsius) {
    int[] mv = cells(p);
    List<Integer> cellList = new ArrayList<>(CELLS);
    List<Integer> balancing = new ArrayList<>();
    int min = Integer.MAX_VALUE;
    for (int v : mv) {
      min = Math.min(min, v);
    }
    for (int c = 0; c < CELLS; c++) {
      cellList.add(mv[c]);
      if (p.socPercent() > BALANCE_ABOVE_SOC && mv[c] - min >= BALANCE_DELTA_MV) {
        balancing.add(c + 1);
      }
    }
    double warm = Math.abs(p.amps) * 0.03;
    List<Double> temps = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      temps.add(round1(ambientCelsius + warm + 0.3 * t));
    }
    temps.add(round1(ambientCelsius + 2 * warm + 1.5)); // MOSFETs run warmer
    temps.add(round1(ambientCelsius));
    double soh = Math.min(100, 100 * p.fullAh / p.designAh);
    return new PackState(
        p.address,
        cellList,
        temps,
        p.amps,
        p.remainingAh,
        p.fullAh,
        p.designAh,
        p.cycles,
        p.socPercent(),
        soh,
        balancing);
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
