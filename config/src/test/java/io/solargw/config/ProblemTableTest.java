package io.solargw.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per kind of problem, kept as data ({@code problems/errors.yaml}, {@code
 * problems/warnings.yaml}) so that the line numbers are plain to see: the configuration must give
 * exactly that one problem, at that key path, line and column, saying that.
 */
class ProblemTableTest {

  /**
   * @param name what the row shows
   * @param path expected key path
   * @param at expected {@code line:column}; column 0 is not checked
   * @param message expected text inside the message
   * @param yaml the configuration
   */
  record Row(String name, String path, String at, String message, String yaml) {
    @Override
    public String toString() {
      return name;
    }

    int line() {
      return Integer.parseInt(at.substring(0, at.indexOf(':')));
    }

    int column() {
      return Integer.parseInt(at.substring(at.indexOf(':') + 1));
    }
  }

  static List<Row> errors() throws IOException {
    return rows("problems/errors.yaml");
  }

  static List<Row> warnings() throws IOException {
    return rows("problems/warnings.yaml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void reportsExactlyThisError(Row row) {
    List<ConfigProblem> errors = Configs.errors(row.yaml());

    assertThat(errors).as("errors of:%n%s", row.yaml()).hasSize(1);
    check(errors.get(0), row);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("warnings")
  void loadsButWarns(Row row) throws ConfigException {
    List<ConfigProblem> warnings = Configs.load(row.yaml(), Map.of()).warnings();

    assertThat(warnings).as("warnings of:%n%s", row.yaml()).hasSize(1);
    assertThat(warnings.get(0).severity()).isEqualTo(ConfigProblem.Severity.WARNING);
    check(warnings.get(0), row);
  }

  private static void check(ConfigProblem problem, Row row) {
    assertThat(problem.keyPath()).as("key path of %s", problem).isEqualTo(row.path());
    assertThat(problem.source()).isEqualTo(Configs.SOURCE);
    assertThat(problem.line()).as("line of %s", problem).isEqualTo(row.line());
    if (row.column() > 0) {
      assertThat(problem.column()).as("column of %s", problem).isEqualTo(row.column());
    }
    assertThat(problem.message()).contains(row.message());
  }

  private static List<Row> rows(String resource) throws IOException {
    try (InputStream in = ProblemTableTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<List<Row>>() {});
    }
  }
}
