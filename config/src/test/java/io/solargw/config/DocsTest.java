package io.solargw.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.config.internal.schema.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The configuration reference documents every key, and its YAML examples load. */
class DocsTest {

  private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern TABLE_KEY = Pattern.compile("^\\| `([^`]+)` \\|", Pattern.MULTILINE);

  @Test
  void referenceTableHasARowForEveryKeyAndNoOtherKeys() throws IOException {
    String reference = Files.readString(Configs.REFERENCE);
    List<String> documented = new ArrayList<>();
    Matcher rows = TABLE_KEY.matcher(reference);
    while (rows.find()) {
      if (!rows.group(1).startsWith(ConfigLoader.ENV_PREFIX)) {
        documented.add(rows.group(1));
      }
    }

    assertThat(documented).containsExactlyInAnyOrderElementsOf(Schema.paths());
  }

  @Test
  void everyYamlExampleInTheReferenceLoadsWithoutProblems() throws IOException, ConfigException {
    Matcher blocks = YAML_BLOCK.matcher(Files.readString(Configs.REFERENCE));
    int count = 0;
    while (blocks.find()) {
      assertThat(Configs.load(blocks.group(1), Map.of()).warnings()).isEmpty();
      count++;
    }
    assertThat(count).isGreaterThanOrEqualTo(2);
  }
}
