package io.solargw.protocol.inverter.codes.internal;

import com.fasterxml.jackson.core.JsonToken;
import io.solargw.protocol.inverter.codes.CodeEntry;
import io.solargw.protocol.inverter.codes.CodeKind;
import io.solargw.protocol.inverter.codes.CodeSource;
import io.solargw.protocol.inverter.codes.CodeTableProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns the scalar fields of one YAML entry into a {@link CodeEntry}, or into problems. */
final class EntryBuilder {

  /** One scalar field value with the line it was on. */
  record Scalar(JsonToken token, String text, int line) {}

  /** A problem found while reading an entry's fields, before its label is known. */
  record FieldProblem(int line, String message) {}

  private final String sourceName;
  private final List<CodeTableProblem> problems;
  private final List<CodeEntry> entries = new ArrayList<>();
  private final Map<String, Integer> firstLineOf = new HashMap<>();

  EntryBuilder(String sourceName, List<CodeTableProblem> problems) {
    this.sourceName = sourceName;
    this.problems = problems;
  }

  List<CodeEntry> entries() {
    return List.copyOf(entries);
  }

  /** Validates one entry; adds it or its problems. */
  void add(int index, int line, Map<String, Scalar> fields, List<FieldProblem> fieldProblems) {
    int before = problems.size();
    Integer number = number(fields.get("number"));
    String label = "entry #" + index + (number == null ? "" : " (number " + number + ")");
    for (FieldProblem p : fieldProblems) {
      problem(p.line(), label, p.message());
    }
    if (fields.get("number") == null) {
      problem(line, label, "missing 'number'");
    } else if (number == null) {
      Scalar raw = fields.get("number");
      problem(raw.line(), label, "'number' must be an integer 1..65535, got '" + raw.text() + "'");
    }
    CodeKind kind = kind(fields.get("kind"), line, label);
    CodeSource source = source(fields.get("source"), line, label);
    String text = text(fields.get("text"), "text", line, label, true);
    String name = text(fields.get("name"), "name", line, label, false);
    String troubleshooting =
        text(fields.get("troubleshooting"), "troubleshooting", line, label, false);
    text(fields.get("note"), "note", line, label, false);
    Boolean affectsOutput = affectsOutput(fields.get("affects_output"), label);
    if (problems.size() > before) {
      return;
    }
    String key = number + "/" + kind;
    Integer first = firstLineOf.putIfAbsent(key, line);
    if (first != null) {
      problem(
          line,
          label,
          "duplicate (" + number + ", " + kind.jsonName() + "): first defined at line " + first);
      return;
    }
    entries.add(
        new CodeEntry(number, kind, text, source, name, affectsOutput, troubleshooting, line));
  }

  private static Integer number(Scalar raw) {
    if (raw == null || raw.token() != JsonToken.VALUE_NUMBER_INT) {
      return null;
    }
    try {
      int value = Integer.parseInt(raw.text());
      return value >= 1 && value <= 0xFFFF ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private CodeKind kind(Scalar raw, int line, String label) {
    if (raw == null) {
      problem(line, label, "missing 'kind'");
      return null;
    }
    CodeKind kind = CodeKind.ofEntryName(raw.text()).orElse(null);
    if (kind == null || raw.token() != JsonToken.VALUE_STRING) {
      problem(raw.line(), label, "unknown kind '" + raw.text() + "' (expected fault or alarm)");
    }
    return kind;
  }

  private CodeSource source(Scalar raw, int line, String label) {
    if (raw == null) {
      problem(line, label, "missing 'source'");
      return null;
    }
    CodeSource source = CodeSource.ofName(raw.text()).orElse(null);
    if (source == null || raw.token() != JsonToken.VALUE_STRING) {
      problem(raw.line(), label, "unknown source '" + raw.text() + "' (expected srne or manual)");
    }
    return source;
  }

  private String text(Scalar raw, String field, int line, String label, boolean required) {
    if (raw == null || raw.token() == JsonToken.VALUE_NULL) {
      if (required) {
        problem(raw == null ? line : raw.line(), label, "missing '" + field + "'");
      }
      return null;
    }
    if (raw.token() != JsonToken.VALUE_STRING || raw.text().isBlank()) {
      problem(
          raw.line(), label, "'" + field + "' must be non-blank text, got '" + raw.text() + "'");
      return null;
    }
    return raw.text().strip();
  }

  private Boolean affectsOutput(Scalar raw, String label) {
    if (raw == null || raw.token() == JsonToken.VALUE_NULL) {
      return null;
    }
    if (raw.token() == JsonToken.VALUE_TRUE || raw.token() == JsonToken.VALUE_FALSE) {
      return raw.token() == JsonToken.VALUE_TRUE;
    }
    problem(
        raw.line(),
        label,
        "'affects_output' must be true, false or null, got '" + raw.text() + "'");
    return null;
  }

  private void problem(int line, String entry, String message) {
    problems.add(new CodeTableProblem(sourceName, line, entry, message));
  }
}
