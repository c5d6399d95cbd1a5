package io.solargw.config;

import io.solargw.config.internal.Origin;
import io.solargw.config.internal.Problems;
import io.solargw.config.internal.bind.ConfigBinder;
import io.solargw.config.internal.env.EnvOverrides;
import io.solargw.config.internal.schema.SchemaCheck;
import io.solargw.config.internal.yaml.MapNode;
import io.solargw.config.internal.yaml.Node;
import io.solargw.config.internal.yaml.NullNode;
import io.solargw.config.internal.yaml.YamlTreeReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads the gateway configuration from one YAML file and {@code SOLAR_GATEWAY_*} environment
 * variables, and validates all of it before anything starts.
 *
 * <p>Every problem is collected and reported at once with its key path and line (or variable).
 * Relative paths in the file start at the file's folder; without a file, at the working directory.
 * The environment is a parameter: this class never reads {@code System.getenv} itself.
 */
public final class ConfigLoader {

  /** Every environment variable starting with this names a configuration key. */
  public static final String ENV_PREFIX = "SOLAR_GATEWAY_";

  /**
   * Variables with the prefix that the gateway uses for other things and the loader ignores: {@code
   * SOLAR_GATEWAY_CONFIG} (path of the YAML file, read by the CLI) and {@code SOLAR_GATEWAY_DEBUG}
   * (1 = stack traces on errors).
   */
  public static final Set<String> RESERVED_VARIABLES =
      Set.of("SOLAR_GATEWAY_CONFIG", "SOLAR_GATEWAY_DEBUG");

  /** A file larger than this is surely not a configuration file. */
  private static final long MAX_FILE_BYTES = 1 << 20;

  /** How problems name a configuration that comes from variables alone. */
  private static final String ENVIRONMENT = "environment";

  private ConfigLoader() {}

  /**
   * Loads {@code file} (or nothing, when null) with {@code env} applied on top.
   *
   * @param file the YAML file, or null to configure from the environment alone
   * @param env the environment, e.g. {@code System.getenv()}
   * @return the configuration and its warnings
   * @throws ConfigException with every problem, if any of them is an error
   */
  public static LoadedConfig load(Path file, Map<String, String> env) throws ConfigException {
    if (file == null) {
      Problems problems = new Problems();
      Path base = Path.of("").toAbsolutePath();
      return finish(Optional.of(new NullNode(Origin.env(ENVIRONMENT))), base, env, problems);
    }
    String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    Problems problems = new Problems();
    Path base = file.toAbsolutePath().normalize().getParent();
    Optional<Node> tree =
        read(file, source, problems).flatMap(text -> YamlTreeReader.read(text, source, problems));
    return finish(tree, base, env, problems);
  }

  /**
   * Loads YAML text that did not come from a file (standard input, tests).
   *
   * @param yaml the YAML text
   * @param source how problems name it, e.g. {@code <stdin>}
   * @param base the folder relative paths start from
   * @param env the environment
   * @return the configuration and its warnings
   * @throws ConfigException with every problem, if any of them is an error
   */
  public static LoadedConfig load(String yaml, String source, Path base, Map<String, String> env)
      throws ConfigException {
    Problems problems = new Problems();
    Optional<Node> tree = YamlTreeReader.read(stripBom(yaml), source, problems);
    return finish(tree, base.toAbsolutePath().normalize(), env, problems);
  }

  /**
   * A file that cannot be parsed (or is not a mapping) is not bound (its problems would be noise),
   * but the environment is still checked so that bad variables are reported in the same run.
   */
  private static LoadedConfig finish(
      Optional<Node> tree, Path base, Map<String, String> env, Problems problems)
      throws ConfigException {
    Optional<MapNode> checked = tree.flatMap(root -> SchemaCheck.check(root, problems));
    MapNode merged =
        EnvOverrides.apply(checked.orElse(MapNode.empty(Origin.env(ENVIRONMENT))), env, problems);
    GatewayConfig config = null;
    if (checked.isPresent()) {
      config = ConfigBinder.bind(merged, base, problems);
    }
    if (problems.hasErrors() || config == null) {
      throw new ConfigException(problems.sorted());
    }
    return new LoadedConfig(config, problems.sorted());
  }

  private static Optional<String> read(Path file, String source, Problems problems) {
    Origin at = Origin.file(source, 0, 0);
    try {
      if (!Files.exists(file)) {
        problems.error(at, "", "file not found: " + file.toAbsolutePath());
      } else if (!Files.isRegularFile(file)) {
        problems.error(at, "", file.toAbsolutePath() + " is not a file");
      } else if (Files.size(file) > MAX_FILE_BYTES) {
        problems.error(at, "", "the file is larger than 1 MiB; is it the right file?");
      } else {
        byte[] bytes = Files.readAllBytes(file);
        try {
          return Optional.of(
              stripBom(
                  StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString()));
        } catch (CharacterCodingException e) {
          notUtf8(bytes, source, problems);
        }
      }
    } catch (java.nio.file.AccessDeniedException e) {
      problems.error(at, "", "permission denied: " + file.toAbsolutePath());
    } catch (IOException e) {
      problems.error(at, "", "cannot read " + file.toAbsolutePath() + ": " + e.getMessage());
    }
    return Optional.empty();
  }

  /** Names the line and column of the first byte that is not UTF-8. */
  private static void notUtf8(byte[] bytes, String source, Problems problems) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    StandardCharsets.UTF_8.newDecoder().decode(in, out, true);
    int offset = Math.min(in.position(), bytes.length - 1);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    problems.error(
        Origin.file(source, line, offset - lineStart + 1),
        "",
        String.format(
            "byte 0x%02X is not UTF-8 text; save the file as UTF-8 (is it the right file?)",
            bytes[offset] & 0xFF));
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
