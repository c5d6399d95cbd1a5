package io.solargw.config;

import java.util.List;
import java.util.Objects;

/**
 * A configuration that loaded without errors, with the warnings to log at start-up.
 *
 * @param config the validated configuration, every default filled in
 * @param warnings problems that do not stop the gateway (e.g. a key that is ignored with the chosen
 *     transport), in file order
 */
public record LoadedConfig(GatewayConfig config, List<ConfigProblem> warnings) {

  /** Copies the warnings and checks that none of them is an error. */
  public LoadedConfig {
    Objects.requireNonNull(config, "config");
    warnings = List.copyOf(warnings);
    if (warnings.stream().anyMatch(ConfigProblem::isError)) {
      throw new IllegalArgumentException("warnings must not contain errors");
    }
  }
}
