package io.solargw.sim.bms;

import io.solargw.sim.site.PackState;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Derives the active conditions of a pack from its readings, plus any forced by a scenario. */
public final class PackConditions {

  private PackConditions() {}

  /** The conditions active in {@code pack} with thresholds {@code t}, plus {@code forced}. */
  public static Set<PackCondition> evaluate(
      PackState pack, PackThresholds t, Set<PackCondition> forced) {
    EnumSet<PackCondition> on = EnumSet.noneOf(PackCondition.class);
    on.addAll(forced);
    int max = pack.cellMillivolts().stream().mapToInt(Integer::intValue).max().orElse(0);
    int min = pack.cellMillivolts().stream().mapToInt(Integer::intValue).min().orElse(0);
    flag(on, max >= t.cellHighProtectMillivolts(), PackCondition.OVP);
    flag(on, max >= t.cellHighAlarmMillivolts(), PackCondition.OV);
    flag(on, min <= t.cellLowProtectMillivolts(), PackCondition.UVP);
    flag(on, min <= t.cellLowAlarmMillivolts(), PackCondition.UV);
    List<Double> temps = pack.temperaturesCelsius();
    double cellMax = temps.subList(0, 4).stream().mapToDouble(Double::doubleValue).max().orElse(0);
    double cellMin = temps.subList(0, 4).stream().mapToDouble(Double::doubleValue).min().orElse(0);
    boolean charging = pack.amps() > 0.1;
    boolean discharging = pack.amps() < -0.1;
    if (charging) {
      flag(on, cellMax >= t.chargeHighProtectCelsius(), PackCondition.COTP);
      flag(on, cellMax >= t.chargeHighAlarmCelsius(), PackCondition.COT);
      flag(on, cellMin <= t.chargeLowProtectCelsius(), PackCondition.CUTP);
      flag(on, cellMin <= t.chargeLowAlarmCelsius(), PackCondition.CUT);
    }
    if (discharging) {
      flag(on, cellMax >= t.dischargeHighProtectCelsius(), PackCondition.DOTP);
      flag(on, cellMax >= t.dischargeHighAlarmCelsius(), PackCondition.DOT);
    }
    double mos = temps.get(4);
    flag(on, mos >= t.mosHighProtectCelsius(), PackCondition.MOS_OTP);
    flag(on, mos >= t.mosHighAlarmCelsius(), PackCondition.MOS_OT);
    double c = Math.abs(pack.amps()) / pack.designAh();
    flag(on, charging && c >= t.currentProtectC(), PackCondition.COCP);
    flag(on, charging && c >= t.currentAlarmC(), PackCondition.COC);
    flag(on, discharging && c >= t.currentProtectC(), PackCondition.DOCP);
    flag(on, discharging && c >= t.currentAlarmC(), PackCondition.DOC);
    flag(on, pack.socPercent() <= t.lowSocAlarmPercent(), PackCondition.USOC);
    flag(on, pack.socPercent() >= 99.9, PackCondition.FULLY);
    return on;
  }

  private static void flag(Set<PackCondition> on, boolean active, PackCondition c) {
    if (active) {
      on.add(c);
    }
  }
}
