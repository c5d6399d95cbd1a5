package io.solargw.protocol.inverter.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads tables 7.1 (error codes) and 7.2 (troubleshooting) out of the seed manual itself and checks
 * that every manual code decodes to the manual's words; nothing is copied from the manual into this
 * test.
 */
class SeedCodeTableTest {

  /** One row of 7.1: kind, code, description. */
  record ErrorRow(CodeKind kind, int code, String text) {}

  /** One row of 7.2: code (null when the row has none), description, troubleshooting. */
  record TroubleRow(Integer code, String description, String troubleshooting) {}

  private static List<String> manual;
  private static final CodeTable TABLE = CodeTable.loadDefault();

  @BeforeAll
  static void readSeed() throws IOException {
    try (InputStream in =
        SeedCodeTableTest.class.getResourceAsStream("/seeds/inverter-manual.txt")) {
      manual = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  /** Lines after the heading that starts with {@code from} up to the next heading {@code to}. */
  private static List<String> section(String from, String to) {
    int start = -1;
    for (int i = 0; i < manual.size(); i++) {
      String line = manual.get(i);
      String title = line.replace("#", "").strip();
      if (!line.startsWith("#")) {
        continue; // the table of contents repeats the titles without '#'
      }
      if (start < 0 && title.startsWith(from)) {
        start = i + 1;
      } else if (start >= 0 && title.startsWith(to)) {
        return manual.subList(start, i);
      }
    }
    throw new IllegalStateException("section " + from + " not found");
  }

  static List<ErrorRow> errorCodes() {
    List<ErrorRow> rows = new ArrayList<>();
    CodeKind kind = null;
    for (String line : section("7.1 Error Code", "7.2")) {
      String[] cells = line.split("\t");
      if (cells.length != 3 || !cells[1].strip().matches("\\d+")) {
        continue; // prose, the header row, blank lines
      }
      if (!cells[0].isBlank()) {
        kind = CodeKind.ofEntryName(cells[0].strip().toLowerCase()).orElseThrow();
      }
      rows.add(new ErrorRow(kind, Integer.parseInt(cells[1].strip()), cells[2].strip()));
    }
    return rows;
  }

  static List<TroubleRow> troubleshooting() {
    List<TroubleRow> rows = new ArrayList<>();
    for (String line : section("7.2 Troubleshooting", "8.")) {
      String[] cells = line.split("\t");
      if (cells.length != 3 || cells[0].strip().equals("Fault Code")) {
        continue;
      }
      String code = cells[0].strip();
      rows.add(
          new TroubleRow(
              code.isEmpty() ? null : Integer.valueOf(code), cells[1].strip(), cells[2].strip()));
    }
    return rows;
  }

  @Test
  void seedTablesParse() {
    assertThat(errorCodes()).hasSize(34);
    assertThat(errorCodes().stream().filter(r -> r.kind() == CodeKind.ALARM)).hasSize(10);
    assertThat(troubleshooting()).hasSize(11);
  }

  @Test
  void everyManualCodeIsInTheTableWithTheManualsText() {
    for (ErrorRow row : errorCodes()) {
      assertThat(TABLE.lookup(row.code()))
          .as("%s %d", row.kind(), row.code())
          .anySatisfy(
              e -> {
                assertThat(e.kind()).isEqualTo(row.kind());
                assertThat(e.text()).isEqualTo(row.text());
                assertThat(e.source()).isEqualTo(CodeSource.MANUAL);
              });
    }
    long manualEntries =
        TABLE.entries().stream().filter(e -> e.source() == CodeSource.MANUAL).count();
    assertThat(manualEntries).isEqualTo(errorCodes().size());
  }

  @Test
  void everyManualCodeDecodesToItsTextOrToBothCandidates() {
    Map<Integer, List<ErrorRow>> byCode =
        errorCodes().stream().collect(Collectors.groupingBy(ErrorRow::code));
    for (Map.Entry<Integer, List<ErrorRow>> e : byCode.entrySet()) {
      ActiveCode decoded = TABLE.decode(e.getKey());
      if (e.getValue().size() == 1) {
        ErrorRow row = e.getValue().get(0);
        assertThat(decoded.kind()).as("%d", row.code()).isEqualTo(row.kind());
        assertThat(decoded.text()).isEqualTo(row.text());
        assertThat(decoded.candidates()).isEmpty();
      } else {
        assertThat(decoded.kind()).as("%d", e.getKey()).isEqualTo(CodeKind.AMBIGUOUS);
        assertThat(decoded.candidates())
            .extracting(CodeEntry::kind, CodeEntry::text)
            .containsExactlyInAnyOrderElementsOf(
                e.getValue().stream()
                    .map(r -> org.assertj.core.groups.Tuple.tuple(r.kind(), r.text()))
                    .toList());
        e.getValue().forEach(r -> assertThat(decoded.text()).contains(r.text()));
      }
    }
  }

  @Test
  void theAmbiguousNumbersAreThoseTheManualUsesTwice() {
    Set<Integer> seen = new TreeSet<>();
    Set<Integer> twice = new TreeSet<>();
    errorCodes().forEach(r -> (seen.add(r.code()) ? seen : twice).add(r.code()));

    assertThat(twice).containsExactly(103, 105, 305, 502);
    twice.forEach(n -> assertThat(TABLE.decode(n).kind()).isEqualTo(CodeKind.AMBIGUOUS));
  }

  @Test
  void troubleshootingOfSection72IsAttachedToTheFault() {
    for (TroubleRow row : troubleshooting()) {
      if (row.code() == null) {
        // "No display on the screen" has no code: it cannot be attached to an entry
        assertThat(TABLE.entries())
            .noneMatch(e -> row.troubleshooting().equals(e.troubleshooting()));
        continue;
      }
      CodeEntry fault =
          TABLE.lookup(row.code()).stream()
              .filter(e -> e.kind() == CodeKind.FAULT)
              .findFirst()
              .orElseThrow();
      assertThat(fault.troubleshooting()).as("%d", row.code()).isEqualTo(row.troubleshooting());
    }
    long withTroubleshooting =
        TABLE.entries().stream().filter(e -> e.troubleshooting() != null).count();
    assertThat(withTroubleshooting)
        .isEqualTo(troubleshooting().stream().filter(r -> r.code() != null).count());
  }

  @Test
  void ambiguous305CarriesTheFaultsTroubleshootingInItsCandidate() {
    Map<String, Object> json = TABLE.decode(305).toJson();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> candidates = (List<Map<String, Object>>) json.get("candidates");
    TroubleRow row =
        troubleshooting().stream()
            .filter(r -> Integer.valueOf(305).equals(r.code()))
            .findFirst()
            .orElseThrow();

    assertThat(candidates).hasSize(2);
    assertThat(candidates)
        .anySatisfy(
            c -> {
              assertThat(c.get("kind")).isEqualTo("fault");
              assertThat(c.get("troubleshooting")).isEqualTo(row.troubleshooting());
            })
        .anySatisfy(
            c -> {
              assertThat(c.get("kind")).isEqualTo("alarm");
              assertThat(c.get("troubleshooting")).isNull();
            });
  }
}
