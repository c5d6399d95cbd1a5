package io.solargw.gateway.commission;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One commissioning check's result.
 *
 * @param id stable identifier, e.g. {@code inverter.firmware}
 * @param title what was checked, in plain words
 * @param device the device concerned: {@code inverter-2}, {@code pack-3}, or {@code stack} / {@code
 *     rack} for the whole stack or rack
 * @param verdict pass, check by hand, warn or fail
 * @param evidence the values read that led to the verdict, one line each
 * @param fix what to do, in plain words (from the manuals where they say it); empty when passed
 */
public record Check(
    String id, String title, String device, Verdict verdict, List<String> evidence, String fix) {

  public Check {
    evidence = List.copyOf(evidence);
    if (id.isBlank() || device.isBlank()) {
      throw new IllegalArgumentException("id and device must not be blank");
    }
  }

  /** A passed check. */
  public static Check pass(String id, String title, String device, List<String> evidence) {
    return new Check(id, title, device, Verdict.PASS, evidence, "");
  }

  /** The check as an ordered JSON tree. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("title", title);
    m.put("device", device);
    m.put("verdict", verdict.name().toLowerCase(java.util.Locale.ROOT));
    m.put("evidence", evidence);
    m.put("fix", fix);
    return m;
  }
}
