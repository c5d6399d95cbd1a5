package io.solargw.gateway.commission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a commissioning run: every check in order, the worst verdict and the exit status (0
 * all pass, 1 warnings, 2 failures; "check by hand" does not count).
 *
 * @param at when the devices were read
 * @param checks every check, inverters first, then the stack, then the rack
 */
public record CommissionReport(Instant at, List<Check> checks) {

  public CommissionReport {
    checks = List.copyOf(checks);
  }

  /** Runs every pure check over {@code site}. */
  public static CommissionReport of(Instant at, SiteReadings site) {
    List<Check> all = new ArrayList<>();
    all.addAll(InverterChecks.check(site));
    all.addAll(StackChecks.check(site));
    all.addAll(RackChecks.check(site));
    all.addAll(PackChecks.check(site));
    all.addAll(SpreadChecks.check(site));
    all.addAll(CanChecks.check(site));
    all.sort(java.util.Comparator.comparing(c -> rank(c.device())));
    return new CommissionReport(at, all);
  }

  /** Inverters by address, the stack, the rack, packs by address: the report's device order. */
  private static String rank(String device) {
    String first = device.split(", ")[0];
    String[] parts = first.split("-");
    int number = parts.length == 2 && parts[1].matches("\\d+") ? Integer.parseInt(parts[1]) : 0;
    int group =
        switch (parts[0]) {
          case "inverter" -> 0;
          case "stack" -> 1;
          case "rack" -> 2;
          default -> 3;
        };
    return String.format("%d-%02d", group, number);
  }

  /** The worst verdict of all checks (PASS when there are none). */
  public Verdict worst() {
    return checks.stream().map(Check::verdict).reduce(Verdict.PASS, Verdict::worst);
  }

  /** 0 all pass, 1 warnings, 2 failures. */
  public int exitCode() {
    return switch (worst()) {
      case FAIL -> 2;
      case WARN -> 1;
      default -> 0;
    };
  }

  /** How many checks have {@code verdict}. */
  public long count(Verdict verdict) {
    return checks.stream().filter(c -> c.verdict() == verdict).count();
  }

  /** The checks concerning {@code device} (also when it is one of several named). */
  public List<Check> about(String device) {
    return checks.stream().filter(c -> List.of(c.device().split(", ")).contains(device)).toList();
  }

  /** The report as an ordered JSON tree. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("at", at.toString());
    m.put("verdict", worst().name().toLowerCase(java.util.Locale.ROOT));
    m.put("exit_status", exitCode());
    Map<String, Object> counts = new LinkedHashMap<>();
    for (Verdict v : Verdict.values()) {
      counts.put(v.name().toLowerCase(java.util.Locale.ROOT), count(v));
    }
    m.put("counts", counts);
    m.put("checks", checks.stream().map(Check::toJson).toList());
    return m;
  }
}
