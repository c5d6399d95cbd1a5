package io.solargw.protocol.inverter.codes.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.solargw.protocol.inverter.codes.CodeEntry;
import io.solargw.protocol.inverter.codes.CodeTableException;
import io.solargw.protocol.inverter.codes.CodeTableProblem;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a code table YAML file token by token (Jackson streaming) so that every problem carries the
 * line it was found on; collects all problems and throws them together.
 *
 * <p>Layout: a mapping with one key {@code codes} holding a list of entries, each a mapping of
 * {@code number, kind, text, source} (required) and {@code name, affects_output, troubleshooting,
 * note} (optional).
 */
public final class CodeTableReader {

  static final Set<String> FIELDS =
      Set.of(
          "number", "kind", "text", "source", "name", "affects_output", "troubleshooting", "note");

  // the caller owns the stream (CodeTable.load documents it stays open)
  private static final YAMLFactory YAML =
      YAMLFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

  private final String sourceName;
  private final List<CodeTableProblem> problems = new ArrayList<>();
  private final EntryBuilder builder;

  private CodeTableReader(String sourceName) {
    this.sourceName = sourceName;
    this.builder = new EntryBuilder(sourceName, problems);
  }

  /** The entries of the file, in file order, or every problem found. */
  public static List<CodeEntry> read(InputStream yaml, String sourceName)
      throws CodeTableException {
    if (yaml == null) {
      throw new IllegalArgumentException("yaml must not be null");
    }
    String name = sourceName == null ? "<unnamed>" : sourceName;
    CodeTableReader reader = new CodeTableReader(name);
    try (JsonParser parser = YAML.createParser(yaml)) {
      reader.readDocument(parser);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      reader.problem(line, "", "not valid YAML: " + e.getOriginalMessage());
    } catch (IOException e) {
      reader.problem(0, "", "cannot be read: " + e.getMessage());
    }
    if (!reader.problems.isEmpty()) {
      List<CodeTableProblem> inFileOrder = new ArrayList<>(reader.problems);
      inFileOrder.sort(Comparator.comparingInt(CodeTableProblem::line));
      throw new CodeTableException(inFileOrder);
    }
    return reader.builder.entries();
  }

  private void readDocument(JsonParser parser) throws IOException {
    JsonToken token = parser.nextToken();
    if (token != JsonToken.START_OBJECT) {
      problem(line(parser), "", "must be a mapping with the key 'codes', got " + describe(parser));
      return;
    }
    boolean sawCodes = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      int line = line(parser);
      JsonToken value = parser.nextToken();
      if (!"codes".equals(key)) {
        problem(line, "", "unknown top-level key '" + key + "' (only 'codes' is allowed)");
        parser.skipChildren();
      } else if (value != JsonToken.START_ARRAY) {
        problem(line, "", "'codes' must be a list of entries, got " + describe(parser));
        parser.skipChildren();
      } else {
        sawCodes = true;
        readEntries(parser);
      }
    }
    if (!sawCodes) {
      problem(line(parser), "", "has no 'codes' list");
    }
  }

  private void readEntries(JsonParser parser) throws IOException {
    int index = 0;
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY && token != null;
        token = parser.nextToken()) {
      index++;
      int line = line(parser);
      if (token != JsonToken.START_OBJECT) {
        problem(line, "entry #" + index, "must be a mapping, got " + describe(parser));
        parser.skipChildren();
        continue;
      }
      Map<String, EntryBuilder.Scalar> fields = new LinkedHashMap<>();
      List<EntryBuilder.FieldProblem> fieldProblems = new ArrayList<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        int fieldLine = line(parser);
        JsonToken value = parser.nextToken();
        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
          fieldProblems.add(
              new EntryBuilder.FieldProblem(fieldLine, "'" + name + "' must be a single value"));
          parser.skipChildren();
        } else if (!FIELDS.contains(name)) {
          fieldProblems.add(
              new EntryBuilder.FieldProblem(fieldLine, "unknown field '" + name + "'"));
        } else if (fields.containsKey(name)) {
          fieldProblems.add(
              new EntryBuilder.FieldProblem(fieldLine, "field '" + name + "' given twice"));
        } else {
          fields.put(name, new EntryBuilder.Scalar(value, parser.getText(), fieldLine));
        }
      }
      builder.add(index, line, fields, fieldProblems);
    }
  }

  private void problem(int line, String entry, String message) {
    problems.add(new CodeTableProblem(sourceName, line, entry, message));
  }

  private static int line(JsonParser parser) {
    return Math.max(0, parser.currentTokenLocation().getLineNr());
  }

  /** The current token in words: a quoted scalar, "a list", "a mapping" or "nothing". */
  private static String describe(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "nothing";
    }
    if (token == JsonToken.START_ARRAY) {
      return "a list";
    }
    if (token == JsonToken.START_OBJECT) {
      return "a mapping";
    }
    return "'" + parser.getText() + "'";
  }
}
