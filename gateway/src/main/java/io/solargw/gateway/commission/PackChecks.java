package io.solargw.gateway.commission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Per-pack checks: same model, capacity and firmware across the rack (the battery manual forbids
 * mixing batches and designs), and no protection, fault or alarm flag active. Pure.
 */
public final class PackChecks {

  private PackChecks() {}

  /** The checks over the packs that answered. */
  public static List<Check> check(SiteReadings site) {
    Map<Integer, Map<String, Object>> packs = RackChecks.answered(site);
    List<Check> out = new ArrayList<>();
    if (packs.isEmpty()) {
      return out;
    }
    out.add(same(packs, "rack.model", "Same model on every pack", v -> model(v)));
    out.add(
        same(
            packs,
            "rack.capacity",
            "Same capacity on every pack",
            v -> Lookup.text(v.getOrDefault("design_Ah", v.get("full_Ah"))).map(c -> c + " Ah")));
    out.add(
        same(
            packs,
            "rack.firmware",
            "Same BMS firmware on every pack",
            v -> Lookup.text(Lookup.section(v, "identity").get("software_version"))));
    packs.forEach((a, v) -> out.addAll(flags(a, v)));
    return out;
  }

  private static Optional<String> model(Map<String, Object> v) {
    return Optional.of(
        v.getOrDefault("cell_count", "?")
            + " cells, "
            + v.getOrDefault("temperature_count", "?")
            + " sensors");
  }

  private static Check same(
      Map<Integer, Map<String, Object>> packs,
      String id,
      String title,
      Function<Map<String, Object>, Optional<String>> value) {
    Map<String, List<String>> by = new LinkedHashMap<>();
    packs.forEach(
        (a, v) ->
            by.computeIfAbsent(value.apply(v).orElse("unreadable"), k -> new ArrayList<>())
                .add("pack-" + a));
    List<String> evidence = new ArrayList<>();
    by.forEach((val, who) -> evidence.add(val + " on " + String.join(", ", who)));
    if (by.size() <= 1) {
      return by.containsKey("unreadable")
          ? new Check(
              id,
              title,
              "rack",
              Verdict.MANUAL,
              evidence,
              "Not readable from the bus: compare the packs' labels.")
          : Check.pass(id, title, "rack", evidence);
    }
    List<Map.Entry<String, List<String>>> groups = new ArrayList<>(by.entrySet());
    groups.sort((x, y) -> Integer.compare(y.getValue().size(), x.getValue().size()));
    List<String> odd = new ArrayList<>();
    groups.stream().skip(1).forEach(e -> odd.addAll(e.getValue()));
    return new Check(
        id,
        title,
        String.join(", ", odd),
        Verdict.FAIL,
        evidence,
        "Batteries of different designs or batches must not be used together (battery manual);"
            + " replace or update "
            + String.join(", ", odd)
            + " to match the other packs ("
            + groups.get(0).getKey()
            + ").");
  }

  static List<Check> flags(int address, Map<String, Object> values) {
    Map<String, Object> alarm = Lookup.section(values, "alarm");
    String device = "pack-" + address;
    List<Check> out = new ArrayList<>();
    for (String kind : List.of("protections", "faults", "alarms")) {
      List<String> active = new ArrayList<>();
      for (Object o : Lookup.list(alarm, kind)) {
        if (o instanceof Map<?, ?> f) {
          Object label = f.get("label");
          active.add((label == null ? "" : label + ": ") + f.get("description"));
        }
      }
      if (!active.isEmpty()) {
        boolean warnOnly = kind.equals("alarms");
        out.add(
            new Check(
                "pack." + kind,
                "No " + kind.replace("s", "") + " active",
                device,
                warnOnly ? Verdict.WARN : Verdict.FAIL,
                active,
                "Find the cause named (cell voltage, temperature, current) and bring it back within"
                    + " limits; the BMS releases a protection by itself once the value recovers (the"
                    + " pack's ALM LED and buzzer show it meanwhile). A fault that stays: reset the"
                    + " BMS with the RST key (6-10 s) and call the battery supplier if it returns."));
      }
    }
    if (out.isEmpty()) {
      out.add(
          Check.pass(
              "pack.flags",
              "No protection, fault or alarm active",
              device,
              List.of(alarm.isEmpty() ? "alarm block not read" : "all flags clear")));
    }
    return out;
  }
}
