package io.solargw.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.solargw.config.internal.schema.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random documents and environments: loading either succeeds or throws {@link
 * ConfigException} with one-line problems, and never takes long. A failure prints its seed; rerun
 * one case with {@code -Dfuzz.seed=N}, or more cases with {@code -Dfuzz.cases=N}.
 */
class FuzzTest {

  private static final long FIRST_SEED = 20_261_124L;
  private static final int CASES = Integer.getInteger("fuzz.cases", 600);
  private static final Duration SLOWEST_CASE = Duration.ofSeconds(2);

  @Test
  void mutatedDocumentsOnlyEverRaiseConfigException() throws IOException {
    List<String> corpus =
        List.of(
            Files.readString(Configs.EXAMPLE),
            "buses:\n  - port: /dev/ttyUSB0\n",
            "buses:\n  - port: 10.0.0.5:8899\n    battery: {packs: 4, mode: per-pack}\n"
                + "mqtt: {tls: {enabled: true}, username: u, password: p}\n"
                + "writes: {enabled: true, allow: WFM, CHM}\n");
    Long only = Long.getLong("fuzz.seed");
    long first = only != null ? only : FIRST_SEED;
    int cases = only != null ? 1 : CASES;
    assertTimeoutPreemptively(
        SLOWEST_CASE.multipliedBy(Math.max(30, cases / 100)),
        () -> {
          for (long seed = first; seed < first + cases; seed++) {
            Random random = new Random(seed);
            String doc = Mutator.mutate(corpus.get(random.nextInt(corpus.size())), random);
            Map<String, String> env = randomEnvironment(random);
            check(seed, doc, env, () -> Configs.load(doc, env));
          }
        });
  }

  @Test
  void randomBytesInAFileOnlyEverRaiseConfigException(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("solar-gateway.yaml");
    for (long seed = FIRST_SEED; seed < FIRST_SEED + 100; seed++) {
      Random random = new Random(seed);
      byte[] bytes = new byte[random.nextInt(400)];
      random.nextBytes(bytes);
      if (random.nextBoolean()) {
        // Mostly-valid text with a few raw bytes spliced in reaches deeper than pure noise.
        byte[] text = "buses:\n  - port: /dev/ttyUSB0\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(text, 0, bytes, 0, Math.min(text.length, bytes.length));
      }
      Files.write(file, bytes);
      check(
          seed,
          "<" + bytes.length + " random bytes>",
          Map.of(),
          () -> ConfigLoader.load(file, Map.of()));
    }
  }

  /** A load that can only succeed or throw ConfigException. */
  private interface Load {
    LoadedConfig run() throws ConfigException;
  }

  private static void check(long seed, String doc, Map<String, String> env, Load load) {
    long start = System.nanoTime();
    try {
      LoadedConfig loaded = load.run();
      assertOneLine(loaded.warnings(), seed);
      // A configuration that loads can be printed and loaded again.
      Configs.load(loaded.config().toYaml());
    } catch (ConfigException e) {
      assertThat(e.errors()).as("seed %d", seed).isNotEmpty();
      assertOneLine(e.problems(), seed);
      assertSpecific(e.errors(), seed, doc);
    } catch (Throwable t) {
      throw new AssertionError(
          "seed " + seed + " threw " + t + "\nenv " + env + "\ndocument:\n" + doc, t);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    if (took.compareTo(SLOWEST_CASE) > 0) {
      fail("seed %d took %s:%n%s", seed, took, doc);
    }
  }

  /**
   * Every error says where: a line of the file, a key path, or the variable it came from; only
   * problems of the file as a whole (not found, too large) name the file alone, and they are not
   * made by these mutations.
   */
  private static void assertSpecific(List<ConfigProblem> errors, long seed, String doc) {
    for (ConfigProblem p : errors) {
      assertThat(
              p.line() > 0
                  || !p.keyPath().isEmpty()
                  || p.source().startsWith(ConfigLoader.ENV_PREFIX))
          .as("seed %d: '%s' names no line, key or variable%ndocument:%n%s", seed, p, doc)
          .isTrue();
      assertThat(p.message())
          .as("seed %d: %s", seed, p)
          .doesNotContain("Exception:", "java.lang.", "java.io.", "java.nio.");
    }
  }

  private static void assertOneLine(List<ConfigProblem> problems, long seed) {
    for (ConfigProblem problem : problems) {
      assertThat(problem.toString()).as("seed %d", seed).doesNotContain("\n", "\r");
      assertThat(problem.message()).as("seed %d", seed).isNotBlank();
    }
  }

  /** Up to three variables: real key paths with random indexes and values, or near misses. */
  private static Map<String, String> randomEnvironment(Random random) {
    List<String> paths = Schema.paths();
    Map<String, String> env = new HashMap<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      String path = paths.get(random.nextInt(paths.size()));
      String name =
          ConfigLoader.ENV_PREFIX
              + path.replace("[]", "_" + random.nextInt(3)).replace('.', '_').toUpperCase();
      if (random.nextInt(5) == 0) {
        name = name.substring(0, Math.max(ConfigLoader.ENV_PREFIX.length(), name.length() - 2));
      }
      env.put(name, Mutator.token(random));
    }
    return env;
  }
}
