package io.solargw.protocol.inverter.profile.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads YAML with Jackson's streaming parser into {@link Node}s that keep line numbers ({@link
 * JsonLocation}); duplicate keys become problems instead of silently winning.
 */
final class YamlTreeReader {

  private static final YAMLFactory YAML = new YAMLFactory();

  private final String source;
  private final Problems problems;

  YamlTreeReader(String source, Problems problems) {
    this.source = source;
    this.problems = problems;
  }

  /** The document's root, or empty after recording a syntax problem. */
  Optional<Node> read(InputStream in) {
    try (JsonParser p = YAML.createParser(in)) {
      if (p.nextToken() == null) {
        return Optional.of(new Node.MapNode(Map.of(), Map.of(), where(p)));
      }
      return Optional.of(node(p));
    } catch (IOException e) {
      int line =
          e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe
                  && jpe.getLocation() != null
              ? jpe.getLocation().getLineNr()
              : 0;
      String msg = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().get();
      problems.add(new Node.Location(source, Math.max(line, 0)), "yaml", "not valid YAML: " + msg);
      return Optional.empty();
    }
  }

  private Node node(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    Node.Location at = where(p);
    if (t == JsonToken.START_OBJECT) {
      Map<String, Node> entries = new LinkedHashMap<>();
      Map<String, Node.Location> keys = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        Node.Location keyAt = where(p);
        p.nextToken();
        Node value = node(p);
        if (entries.containsKey(key)) {
          problems.add(
              keyAt, "key " + key, "duplicate key (first at line " + keys.get(key).line() + ")");
          continue;
        }
        entries.put(key, value);
        keys.put(key, keyAt);
      }
      return new Node.MapNode(entries, keys, at);
    }
    if (t == JsonToken.START_ARRAY) {
      List<Node> items = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(node(p));
      }
      return new Node.ListNode(items, at);
    }
    return new Node.Scalar(t == JsonToken.VALUE_NULL ? null : p.getText(), at);
  }

  private Node.Location where(JsonParser p) {
    JsonLocation loc = p.currentTokenLocation();
    return new Node.Location(source, loc == null ? 0 : Math.max(loc.getLineNr(), 0));
  }
}
