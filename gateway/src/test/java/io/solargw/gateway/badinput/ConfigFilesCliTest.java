package io.solargw.gateway.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.config.ConfigException;
import io.solargw.config.ConfigLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --config FILE} with broken files, in-process: seeded mutations of the documented
 * example (docs/examples/solar-gateway.yaml) and files that are not configurations at all (binary,
 * huge, empty, UTF-16, missing, a folder, a path through a file). Each exits with status 2 before
 * anything starts, and every problem line names the file and a line, a key or the whole file.
 */
class ConfigFilesCliTest {

  private static final Path EXAMPLE = Path.of("../docs/examples/solar-gateway.yaml");
  private static final Pattern PROBLEM = Pattern.compile("^[\\w.-]+\\.yaml(:\\d+(:\\d+)?)?: .+");

  @TempDir Path dir;

  @Test
  void mutatedExamplesExitWithStatusTwoAndEveryProblemSaysWhere() throws IOException {
    long seed = Seeds.seed();
    Random random = new Random(seed);
    List<String> lines = Files.readAllLines(EXAMPLE);
    int broken = 0;
    for (int i = 0; i < 60; i++) {
      String doc = mutate(lines, random);
      Path file = dir.resolve("solar-gateway.yaml");
      Files.writeString(file, doc);
      if (loads(file)) {
        continue; // still a valid configuration: run would start the gateway
      }
      broken++;
      Cli r = Cli.run(List.of("run", "--config", file.toString()));
      String why = "seed " + seed + " case " + i + "\nstderr:\n" + r.err() + "\ndocument:\n" + doc;
      assertThat(r.exit()).as(why).isEqualTo(2);
      List<String> errLines = r.errLines();
      assertThat(errLines.get(0)).as(why).matches("\\d+ errors? in the configuration:");
      assertThat(errLines.subList(1, errLines.size()))
          .as(why)
          .isNotEmpty()
          .allMatch(l -> PROBLEM.matcher(l).matches());
      assertThat(r.err()).as(why).doesNotContain("\tat ", "Exception");
    }
    assertThat(broken).as("seed %d: mutations that broke the example", seed).isGreaterThan(30);
  }

  record BadFile(String name, byte[] bytes, String error) {}

  @Test
  void filesThatAreNoConfigurationExitWithStatusTwoAndOneSpecificProblem() throws IOException {
    byte[] binary = new byte[4096];
    new Random(Seeds.seed()).nextBytes(binary);
    byte[] huge = ("# padding\n".repeat(200_000)).getBytes(StandardCharsets.UTF_8);
    List<BadFile> files =
        List.of(
            new BadFile("binary.yaml", binary, "binary.yaml:1:"),
            new BadFile("huge.yaml", huge, "huge.yaml: the file is larger than 1 MiB"),
            new BadFile("empty.yaml", new byte[0], "empty.yaml:1:1: buses: no bus configured"),
            new BadFile(
                "utf16.yaml",
                "buses: []\n".getBytes(StandardCharsets.UTF_16),
                "utf16.yaml:1:1: byte 0xFE is not UTF-8 text"),
            new BadFile("nul.yaml", "gateway:\n  id: a\u0000b\n".getBytes(), "nul.yaml:2:"));
    for (BadFile f : files) {
      Path file = dir.resolve(f.name());
      Files.write(file, f.bytes());
      assertRunFails(file, f.error());
    }
    assertRunFails(dir.resolve("missing.yaml"), "missing.yaml: file not found: ");
    Path folder = Files.createDirectories(dir.resolve("folder.yaml"));
    assertRunFails(folder, "folder.yaml: " + folder.toAbsolutePath() + " is not a file");
    Path regular = Files.writeString(dir.resolve("plain"), "x");
    assertRunFails(regular.resolve("child.yaml"), "child.yaml: file not found");
  }

  private static void assertRunFails(Path file, String error) {
    Cli r = Cli.run(List.of("run", "--config", file.toString()));
    assertThat(r.exit()).as("%s: %s", file, r.err()).isEqualTo(2);
    assertThat(r.err()).as(file.toString()).contains(error).doesNotContain("\tat ", "Exception");
    assertThat(r.errLines().subList(1, r.errLines().size()))
        .as(r.err())
        .allMatch(l -> PROBLEM.matcher(l).matches());
  }

  private static boolean loads(Path file) {
    try {
      ConfigLoader.load(file, Map.of());
      return true;
    } catch (ConfigException e) {
      return false;
    }
  }

  private static final List<String> TOKENS =
      List.of(
          "abc",
          "-1",
          "99999999",
          "[1, 2]",
          "{a: 1}",
          "~",
          "''",
          "\"",
          "*x",
          "&y z",
          "!!binary",
          "@",
          "`",
          "|",
          "- x",
          "\t",
          "L4",
          "8E2",
          "yes",
          "host:99999",
          "[::1]:1",
          "0x25",
          "1e9");

  /** One to three line-level edits a person or a broken SD card might make. */
  private static String mutate(List<String> original, Random random) {
    List<String> lines = new ArrayList<>(original);
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      int at = random.nextInt(lines.size());
      String token = TOKENS.get(random.nextInt(TOKENS.size()));
      String line = lines.get(at);
      switch (random.nextInt(6)) {
        case 0 ->
            lines.set(
                at,
                line.contains(": ")
                    ? line.substring(0, line.indexOf(": ") + 2) + token
                    : line + token);
        case 1 -> lines.add(at, "  ".repeat(random.nextInt(4)) + "no_such_key: " + token);
        case 2 -> lines.set(at, " " + line);
        case 3 -> lines.set(at, line.substring(0, random.nextInt(line.length() + 1)));
        case 4 -> lines.add(at, line);
        default -> lines.set(at, line.replace(':', random.nextBoolean() ? '=' : ';'));
      }
    }
    return String.join("\n", lines) + "\n";
  }
}
