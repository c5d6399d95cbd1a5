package io.solargw.config.internal.env;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.config.ConfigLoader;
import io.solargw.config.internal.schema.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Variable names map onto key paths without ambiguity. */
class EnvNamesTest {

  private static final Pattern DOCUMENTED =
      Pattern.compile(
          "^\\| `(SOLAR_GATEWAY_[A-Z0-9_]+)=[^`]*` \\| `([^`]+)` \\|$", Pattern.MULTILINE);

  @Test
  void everyKeyPathRoundTripsThroughItsVariableName() {
    for (String path : Schema.paths()) {
      String name = EnvNames.of(path).replaceAll("_N(?=_|$)", "_0");

      assertThat(EnvNames.resolve(name, true).map(EnvOverrides::path))
          .as("variable for %s", path)
          .contains(path.replace("[]", "[0]"));
    }
  }

  @Test
  void matchingIgnoresCaseAndNeedsTheWholeName() {
    assertThat(EnvNames.resolve("mqtt_base_topic", false).map(EnvOverrides::path))
        .contains("mqtt.base_topic");
    assertThat(EnvNames.resolve("MQTT_BASE", false)).isEmpty();
    assertThat(EnvNames.resolve("MQTT_TLS", false)).isEmpty();
    assertThat(EnvNames.resolve("MQTT_TLS", true)).isPresent();
    assertThat(EnvNames.resolve("BUSES_00_PORT", false)).isEmpty();
    assertThat(EnvNames.resolve("BUSES_0__PORT", false)).isEmpty();
  }

  @Test
  void reservedVariablesNameNoKey() {
    for (String reserved : ConfigLoader.RESERVED_VARIABLES) {
      assertThat(EnvNames.resolve(reserved.substring(ConfigLoader.ENV_PREFIX.length()), true))
          .as(reserved)
          .isEmpty();
    }
  }

  @Test
  void variablesInTheReferenceNameTheKeysNextToThem() throws IOException {
    Matcher rows =
        DOCUMENTED.matcher(Files.readString(Path.of("../docs/reference/configuration.md")));
    int count = 0;
    while (rows.find()) {
      String rest = rows.group(1).substring(ConfigLoader.ENV_PREFIX.length());

      assertThat(EnvNames.resolve(rest, false).map(EnvOverrides::path))
          .as(rows.group(1))
          .contains(rows.group(2));
      count++;
    }
    assertThat(count).isGreaterThanOrEqualTo(10);
  }
}
