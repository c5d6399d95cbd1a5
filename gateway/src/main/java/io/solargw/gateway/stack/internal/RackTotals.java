package io.solargw.gateway.stack.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rack-level electrical values. Packs of a rack are in parallel: currents and capacities add, the
 * voltage is shared (the mean of the packs' readings), power is the sum of each pack's own V × I,
 * and the rack SOC weights each pack's SOC by its full capacity so a small pack cannot drag the
 * figure as much as a big one.
 */
public final class RackTotals {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private RackTotals() {}

  /** Puts current, voltage, power, capacities and SOC of {@code packs} into {@code out}. */
  public static void putInto(Map<String, Object> out, List<RackPack> packs) {
    Total current = new Total();
    Total voltage = new Total();
    Total power = new Total();
    Total remaining = new Total();
    Total full = new Total();
    Total weightedSoc = new Total();
    Total socWeight = new Total();
    for (RackPack p : packs) {
      Optional<BigDecimal> i = Tree.number(p.analog(), "current_A");
      Optional<BigDecimal> u = Tree.number(p.analog(), "voltage_V");
      current.add(i);
      voltage.add(u);
      if (i.isPresent() && u.isPresent()) {
        power.add(u.get().multiply(i.get()).setScale(1, RoundingMode.HALF_UP));
      }
      remaining.add(Tree.number(p.analog(), "remaining_Ah"));
      Optional<BigDecimal> f = Tree.number(p.analog(), "full_Ah").filter(x -> x.signum() > 0);
      full.add(f);
      Optional<BigDecimal> soc = soc(p, f);
      if (f.isPresent() && soc.isPresent()) {
        weightedSoc.add(soc.get().multiply(f.get()));
        socWeight.add(f.get());
      }
    }
    out.put("current_A", current.sumOrNull());
    out.put("voltage_V", voltage.meanOrNull());
    out.put("power_W", power.sumOrNull());
    out.put("remaining_Ah", remaining.sumOrNull());
    out.put("full_Ah", full.sumOrNull());
    out.put(
        "soc_pct",
        socWeight.count() == 0
            ? null
            : weightedSoc.sumOrNull().divide(socWeight.sumOrNull(), 1, RoundingMode.HALF_UP));
  }

  /** The pack's SOC: reported {@code soc_pct}, else remaining / full. */
  private static Optional<BigDecimal> soc(RackPack p, Optional<BigDecimal> full) {
    Optional<BigDecimal> reported = Tree.number(p.analog(), "soc_pct");
    if (reported.isPresent() || full.isEmpty()) {
      return reported;
    }
    return Tree.number(p.analog(), "remaining_Ah")
        .map(r -> r.multiply(HUNDRED).divide(full.get(), 3, RoundingMode.HALF_UP));
  }
}
