package io.solargw.gateway.stack.internal;

import io.solargw.gateway.poll.DeviceReport;
import java.util.List;
import java.util.Map;

/** Adds named inverter points ({@code points.<name>}) across units into an output map. */
public final class Sums {

  private Sums() {}

  /** Puts the sum of each of {@code names} over {@code units} (null when no unit has it). */
  public static void putSums(
      Map<String, Object> out, List<DeviceReport> units, List<String> names) {
    for (String name : names) {
      Total t = new Total();
      units.forEach(u -> t.add(Tree.number(u.values(), "points", name)));
      out.put(name, t.sumOrNull());
    }
  }

  /** Puts the mean of each of {@code names} over {@code units} (null when no unit has it). */
  public static void putMeans(
      Map<String, Object> out, List<DeviceReport> units, List<String> names) {
    for (String name : names) {
      Total t = new Total();
      units.forEach(u -> t.add(Tree.number(u.values(), "points", name)));
      out.put(name, t.meanOrNull());
    }
  }
}
