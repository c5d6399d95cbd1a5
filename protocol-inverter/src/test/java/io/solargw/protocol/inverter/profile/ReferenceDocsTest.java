package io.solargw.protocol.inverter.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The reference docs list every point, derived value, constant and setting of the default profile.
 */
class ReferenceDocsTest {

  private static final InverterProfile PROFILE = ProfileLoader.loadDefault();
  private static final Path DOCS = Path.of("..", "docs", "reference");

  @Test
  void pointsDocListsEveryPoint() throws IOException {
    String doc = Files.readString(DOCS.resolve("inverter-points.md"));
    PROFILE.points().forEach(p -> assertThat(doc).contains("| `" + p.name() + "`"));
    PROFILE.derived().forEach(d -> assertThat(doc).contains("| `" + d.name() + "`"));
    PROFILE.constants().forEach(c -> assertThat(doc).contains("| `" + c.name() + "`"));
  }

  @Test
  void settingsDocListsEverySetting() throws IOException {
    String doc = Files.readString(DOCS.resolve("inverter-settings.md"));
    PROFILE
        .settings()
        .forEach(
            s ->
                assertThat(doc)
                    .contains("| [" + s.number() + "] " + s.code() + " | `" + s.name() + "`"));
  }

  @Test
  void profileDocStatesTheTransactionCount() throws IOException {
    String doc = Files.readString(DOCS.resolve("inverter-profile.md"));
    int count = ProfileReadPlan.fullCycle(PROFILE).size();
    assertThat(doc).contains("| full cycle (fast + slow + on_change) | **" + count + "** |");
  }
}
