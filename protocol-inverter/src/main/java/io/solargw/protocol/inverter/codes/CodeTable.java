package io.solargw.protocol.inverter.codes;

import io.solargw.protocol.inverter.codes.internal.CodeTableReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Translates the raw active-code registers 0x0204..0x0207 (one decimal code each, 0 = empty slot;
 * inverter-modbus.md 5.1) into texts, from a table loaded as data.
 *
 * <p>The shipped table ({@value #DEFAULT_RESOURCE}) holds SRNE's codes 1..64 (5.2) and the seed
 * manual's three-digit codes (seed 7.1, troubleshooting from 7.2). Which numbering a device really
 * uses is unconfirmed (5.3), so a device can be given its own table through {@link #load}. Decoding
 * never throws: an unknown number becomes {@code "unknown code N"}, and a number the table holds as
 * both fault and alarm becomes an ambiguous code with both candidates.
 */
public final class CodeTable {

  /** Classpath location of the shipped table. */
  public static final String DEFAULT_RESOURCE = "/codes/default-codes.yaml";

  private final String sourceName;
  private final List<CodeEntry> entries;
  private final Map<Integer, List<CodeEntry>> byNumber;

  private CodeTable(String sourceName, List<CodeEntry> entries) {
    this.sourceName = sourceName;
    this.entries = List.copyOf(entries);
    Map<Integer, List<CodeEntry>> index = new LinkedHashMap<>();
    for (CodeEntry entry : this.entries) {
      index.computeIfAbsent(entry.number(), n -> new ArrayList<>()).add(entry);
    }
    index.replaceAll((number, list) -> List.copyOf(list));
    this.byNumber = Map.copyOf(index);
  }

  /**
   * The shipped table.
   *
   * @throws IllegalStateException when the resource is missing or invalid (a build defect)
   */
  public static CodeTable loadDefault() {
    try (InputStream in = CodeTable.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + DEFAULT_RESOURCE + " is missing");
      }
      return load(in, "default-codes.yaml");
    } catch (CodeTableException | IOException e) {
      throw new IllegalStateException("shipped code table is invalid: " + e.getMessage(), e);
    }
  }

  /**
   * Loads a table from YAML (layout in docs/reference/inverter-codes.md).
   *
   * @param yaml the file's bytes; not closed
   * @param sourceName file name used in problem reports
   * @throws CodeTableException listing every problem (file, line, entry, what is wrong): invalid
   *     YAML, unknown or missing fields, unknown kind or source, duplicate (number, kind)
   */
  public static CodeTable load(InputStream yaml, String sourceName) throws CodeTableException {
    return new CodeTable(sourceName, CodeTableReader.read(yaml, sourceName));
  }

  /**
   * Decodes the raw values of 0x0204..0x0207 (any number of slots), skipping empty slots (0), in
   * slot order.
   *
   * @throws IllegalArgumentException for a null array
   */
  public List<ActiveCode> decodeActive(int[] slots) {
    if (slots == null) {
      throw new IllegalArgumentException("slots must not be null");
    }
    List<ActiveCode> active = new ArrayList<>(slots.length);
    for (int value : slots) {
      if (value != 0) {
        active.add(decode(value));
      }
    }
    return List.copyOf(active);
  }

  /** Decodes one raw code value: its entry, an ambiguous code, or an unknown code. Never throws. */
  public ActiveCode decode(int number) {
    List<CodeEntry> found = lookup(number);
    if (found.isEmpty()) {
      return ActiveCode.unknown(number);
    }
    if (found.size() == 1) {
      return ActiveCode.of(found.get(0));
    }
    return ambiguous(number, found);
  }

  /** The entries for {@code number}: none, one, or a fault and an alarm. */
  public List<CodeEntry> lookup(int number) {
    return byNumber.getOrDefault(number, List.of());
  }

  /** Every entry, in file order. */
  public List<CodeEntry> entries() {
    return entries;
  }

  /** The name the table was loaded under. */
  public String sourceName() {
    return sourceName;
  }

  private static ActiveCode ambiguous(int number, List<CodeEntry> candidates) {
    StringBuilder text = new StringBuilder("ambiguous code ").append(number).append(": ");
    for (int i = 0; i < candidates.size(); i++) {
      CodeEntry c = candidates.get(i);
      text.append(i == 0 ? "" : " or ").append(c.kind().jsonName());
      text.append(" \"").append(c.text()).append('"');
    }
    CodeSource source = candidates.get(0).source();
    Boolean affectsOutput = candidates.get(0).affectsOutput();
    for (CodeEntry c : candidates) {
      source = Objects.equals(source, c.source()) ? source : null;
      affectsOutput = Objects.equals(affectsOutput, c.affectsOutput()) ? affectsOutput : null;
    }
    return new ActiveCode(
        number, CodeKind.AMBIGUOUS, text.toString(), source, affectsOutput, null, candidates);
  }
}
