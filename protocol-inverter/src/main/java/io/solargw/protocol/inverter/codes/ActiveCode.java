package io.solargw.protocol.inverter.codes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One active code read from 0x0204..0x0207, translated through a {@link CodeTable}.
 *
 * <p>A number with one table entry decodes to that entry. A number the table holds as both fault
 * and alarm (the manual's 103, 105, 305, 502) decodes to kind {@link CodeKind#AMBIGUOUS} with both
 * entries as candidates, because the register does not say which is meant. Any other number decodes
 * to kind {@link CodeKind#UNKNOWN} with text {@code "unknown code N"}.
 *
 * @param number the raw register value
 * @param kind fault, alarm, ambiguous or unknown
 * @param text the entry's text, a sentence naming both candidates, or {@code "unknown code N"}
 * @param source the numbering, or null when unknown or the candidates disagree
 * @param affectsOutput whether the output stops, or null when not known
 * @param troubleshooting what to do, or null (candidates carry their own)
 * @param candidates the entries behind an ambiguous number; empty otherwise
 */
public record ActiveCode(
    int number,
    CodeKind kind,
    String text,
    CodeSource source,
    Boolean affectsOutput,
    String troubleshooting,
    List<CodeEntry> candidates) {

  /** Validates and copies the candidates. */
  public ActiveCode {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    candidates = List.copyOf(candidates);
    if ((kind == CodeKind.AMBIGUOUS) != (candidates.size() >= 2)) {
      throw new IllegalArgumentException(
          "candidates must hold 2 or more entries exactly when kind is AMBIGUOUS, got "
              + candidates.size()
              + " for "
              + kind);
    }
  }

  /** The code for a number with exactly one entry. */
  public static ActiveCode of(CodeEntry entry) {
    return new ActiveCode(
        entry.number(),
        entry.kind(),
        entry.text(),
        entry.source(),
        entry.affectsOutput(),
        entry.troubleshooting(),
        List.of());
  }

  /** The code for a number missing from the table. */
  public static ActiveCode unknown(int number) {
    return new ActiveCode(
        number, CodeKind.UNKNOWN, "unknown code " + number, null, null, null, List.of());
  }

  /**
   * Ordered JSON fields: {@code number, kind, text, source, affects_output, troubleshooting} (null
   * where not known) and, only when ambiguous, {@code candidates}: one {@code {kind, text,
   * troubleshooting}} map per entry.
   */
  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("number", number);
    json.put("kind", kind.jsonName());
    json.put("text", text);
    json.put("source", source == null ? null : source.jsonName());
    json.put("affects_output", affectsOutput);
    json.put("troubleshooting", troubleshooting);
    if (kind == CodeKind.AMBIGUOUS) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (CodeEntry entry : candidates) {
        Map<String, Object> candidate = new LinkedHashMap<>();
        candidate.put("kind", entry.kind().jsonName());
        candidate.put("text", entry.text());
        candidate.put("troubleshooting", entry.troubleshooting());
        list.add(Collections.unmodifiableMap(candidate));
      }
      json.put("candidates", Collections.unmodifiableList(list));
    }
    return Collections.unmodifiableMap(json);
  }
}
