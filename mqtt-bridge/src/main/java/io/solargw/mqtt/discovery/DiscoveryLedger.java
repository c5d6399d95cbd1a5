package io.solargw.mqtt.discovery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The device ids whose discovery config this gateway has published, kept in a small text file
 * ({@code mqtt-discovery-<gateway id>.txt} in the persistence directory, one id per line) so that a
 * device removed from the configuration while the gateway was stopped is still removed from Home
 * Assistant at the next start. Written atomically (temporary file, then rename). A file that cannot
 * be read or written is logged and treated as empty: discovery still works, only the clean-up of
 * devices removed while stopped is lost.
 */
public final class DiscoveryLedger {

  private static final Logger LOG = LoggerFactory.getLogger(DiscoveryLedger.class);

  private final Path file;

  /** The ledger of one gateway in a directory (created when first written). */
  public DiscoveryLedger(Path directory, String gatewayId) {
    this.file = directory.resolve("mqtt-discovery-" + gatewayId + ".txt");
  }

  /** The file. */
  public Path file() {
    return file;
  }

  /** The ids in the file, sorted; empty when there is no file. */
  public Set<String> load() {
    if (!Files.exists(file)) {
      return new TreeSet<>();
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      LOG.warn(
          "cannot read {}: {}; devices removed while stopped stay in Home Assistant",
          file,
          e.getMessage());
      return new TreeSet<>();
    }
  }

  /** Replaces the file's content with these ids. */
  public void save(Set<String> ids) {
    StringBuilder text =
        new StringBuilder(
            "# device ids with published Home Assistant discovery; kept by the" + " gateway\n");
    new TreeSet<>(ids).forEach(id -> text.append(id).append('\n'));
    try {
      Files.createDirectories(file.getParent());
      Path temp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      LOG.warn("cannot write {}: {}", file, e.getMessage());
    }
  }
}
