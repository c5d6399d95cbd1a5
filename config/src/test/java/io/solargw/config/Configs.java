package io.solargw.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Loads YAML text the way the tests need it. */
final class Configs {

  /** The name problems give the text, as if it were the file. */
  static final String SOURCE = "solar-gateway.yaml";

  /** Where relative paths start in these tests: the module folder. */
  static final Path BASE = Path.of("").toAbsolutePath();

  /** The complete example shipped in the docs. */
  static final Path EXAMPLE = Path.of("../docs/examples/solar-gateway.yaml");

  /** The configuration reference. */
  static final Path REFERENCE = Path.of("../docs/reference/configuration.md");

  private Configs() {}

  static LoadedConfig load(String yaml) throws ConfigException {
    return load(yaml, Map.of());
  }

  static LoadedConfig load(String yaml, Map<String, String> env) throws ConfigException {
    return ConfigLoader.load(yaml, SOURCE, BASE, env);
  }

  /** The problems of a configuration that must fail to load. */
  static List<ConfigProblem> problems(String yaml, Map<String, String> env) {
    ConfigException e = catchThrowableOfType(ConfigException.class, () -> load(yaml, env));
    assertThat(e).as("loading must fail:%n%s", yaml).isNotNull();
    return e.problems();
  }

  /** The errors of a configuration that must fail to load. */
  static List<ConfigProblem> errors(String yaml) {
    return problems(yaml, Map.of()).stream().filter(ConfigProblem::isError).toList();
  }
}
