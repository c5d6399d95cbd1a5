package io.solargw.config.internal.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.solargw.config.internal.KeyPaths;
import io.solargw.config.internal.Origin;
import io.solargw.config.internal.Problems;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns YAML text into a located {@link Node} tree: the one class that talks to the YAML library.
 *
 * <p>Values stay text; anchors are allowed but aliases ({@code *name}) are reported, because the
 * streaming parser does not expand them. A syntax error stops reading (YAML cannot resynchronise)
 * and is reported with snakeyaml's position, which is more precise than Jackson's.
 */
public final class YamlTreeReader {

  /** Deeper than any valid configuration (4 levels) by far; bounds the recursion on bad input. */
  private static final int MAX_DEPTH = 32;

  private static final YAMLFactory FACTORY = new YAMLFactory();

  private final YAMLParser parser;
  private final String source;
  private final Problems problems;

  private YamlTreeReader(YAMLParser parser, String source, Problems problems) {
    this.parser = parser;
    this.source = source;
    this.problems = problems;
  }

  /** Thrown when nesting passes {@link #MAX_DEPTH}; carries where. */
  private static final class TooDeep extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Origin origin;

    TooDeep(Origin origin) {
      super(null, null, false, false);
      this.origin = origin;
    }
  }

  /**
   * The tree of {@code text}, or empty after reporting a syntax error. An empty document gives a
   * {@link NullNode}.
   */
  public static Optional<Node> read(String text, String source, Problems problems) {
    Optional<ControlCharacter> control = firstControlCharacter(text, source);
    if (control.isPresent()) {
      // snakeyaml reports these at 1:1 as "special characters are not allowed"
      problems.error(
          control.get().at(),
          "",
          String.format(
              "control character U+%04X is not allowed in YAML; is it the right file?",
              (int) control.get().character()));
      return Optional.empty();
    }
    try (YAMLParser parser = FACTORY.createParser(text)) {
      YamlTreeReader reader = new YamlTreeReader(parser, source, problems);
      JsonToken first = parser.nextToken();
      if (first == null) {
        return Optional.of(new NullNode(Origin.file(source, 1, 1)));
      }
      Node root = reader.value(first, "", 0);
      if (parser.nextToken() != null) {
        problems.error(
            reader.here(),
            "",
            "a second YAML document starts here (after ---); put the whole configuration in one"
                + " document");
      }
      return Optional.of(root);
    } catch (TooDeep e) {
      problems.error(e.origin, "", "values are nested more than " + MAX_DEPTH + " levels deep");
    } catch (JsonProcessingException e) {
      problems.error(syntaxErrorOrigin(e, source), "", syntaxErrorMessage(e));
    } catch (IOException e) {
      problems.error(Origin.file(source, 0, 0), "", "cannot read the YAML text: " + e.getMessage());
    }
    return Optional.empty();
  }

  private Node value(JsonToken token, String path, int depth) throws IOException, TooDeep {
    Origin origin = here();
    if (depth > MAX_DEPTH) {
      throw new TooDeep(origin);
    }
    if (token == null) {
      return new NullNode(origin);
    }
    return switch (token) {
      case START_OBJECT -> mapping(origin, path, depth);
      case START_ARRAY -> sequence(origin, path, depth);
      case VALUE_NULL -> new NullNode(origin);
      default -> scalar(origin, path);
    };
  }

  /** Jackson does not expand aliases (and loses scalar anchors), so they cannot be honoured. */
  private Node scalar(Origin origin, String path) throws IOException {
    if (parser.isCurrentAlias()) {
      problems.error(
          origin,
          path,
          "aliases (*" + parser.getText() + ") are not supported; write the value out in full");
      return new NullNode(origin);
    }
    return new ScalarNode(origin, parser.getText());
  }

  private MapNode mapping(Origin origin, String path, int depth) throws IOException, TooDeep {
    List<MapNode.Entry> entries = new ArrayList<>();
    for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
      String key = parser.currentName();
      Origin keyOrigin = here();
      Node value = value(parser.nextToken(), KeyPaths.key(path, key), depth + 1);
      entries.add(new MapNode.Entry(key, keyOrigin, value));
    }
    return new MapNode(origin, entries);
  }

  private ListNode sequence(Origin origin, String path, int depth) throws IOException, TooDeep {
    List<Node> items = new ArrayList<>();
    for (JsonToken t = parser.nextToken();
        t != null && t != JsonToken.END_ARRAY;
        t = parser.nextToken()) {
      items.add(value(t, KeyPaths.index(path, items.size()), depth + 1));
    }
    return new ListNode(origin, items);
  }

  private Origin here() {
    JsonLocation at = parser.currentTokenLocation();
    return Origin.file(source, at.getLineNr(), at.getColumnNr());
  }

  /** Snakeyaml's problem mark (0-based) when there is one, else Jackson's location. */
  private static Origin syntaxErrorOrigin(JsonProcessingException e, String source) {
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      Mark mark = marked.getProblemMark();
      return Origin.file(source, mark.getLine() + 1, mark.getColumn() + 1);
    }
    JsonLocation at = e.getLocation();
    return at == null
        ? Origin.file(source, 0, 0)
        : Origin.file(source, at.getLineNr(), at.getColumnNr());
  }

  private record ControlCharacter(Origin at, char character) {}

  /**
   * Where the first C0/C1 control character other than tab, LF and CR is (YAML 1.1 section 5.1).
   */
  private static Optional<ControlCharacter> firstControlCharacter(String text, String source) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        column = 1;
        continue;
      }
      if (c != '\t' && c != '\r' && Character.isISOControl(c) && c != 0x85) {
        return Optional.of(new ControlCharacter(Origin.file(source, line, column), c));
      }
      column++;
    }
    return Optional.empty();
  }

  /** "YAML syntax error: found character '\t' ... (while scanning ... started on line 3)". */
  private static String syntaxErrorMessage(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null) {
      String context = "";
      if (marked.getContext() != null && marked.getContextMark() != null) {
        context =
            " ("
                + marked.getContext()
                + " that started on line "
                + (marked.getContextMark().getLine() + 1)
                + ")";
      }
      return "YAML syntax error: " + oneLine(marked.getProblem()) + context;
    }
    return "YAML syntax error: " + oneLine(e.getOriginalMessage());
  }

  private static String oneLine(String text) {
    return text == null ? "unreadable input" : text.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
