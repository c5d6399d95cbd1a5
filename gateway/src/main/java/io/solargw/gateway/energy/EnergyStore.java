package io.solargw.gateway.energy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Persists energy counters in {@code <persistence dir>/energy.json} with an atomic replace: write a
 * temp file, fsync it, rename it over the old file, fsync the directory. A crash at any point
 * leaves either the old or the new file, never a torn one.
 */
public final class EnergyStore {

  /** Totals of one counter as stored. */
  public record Stored(double lifetimeKwh, double todayKwh, LocalDate day) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path file;

  /** A store in {@code directory} (created if missing). */
  public EnergyStore(Path directory) {
    this.file = directory.resolve("energy.json");
  }

  /** The file the counters live in. */
  public Path file() {
    return file;
  }

  /**
   * Loads the stored counters, keyed {@code device/quantity}. A missing file is an empty map; an
   * unreadable one is moved aside (never overwritten) and reported.
   */
  public Map<String, Stored> load() throws IOException {
    Map<String, Stored> out = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return out;
    }
    JsonNode root;
    try {
      root = JSON.readTree(Files.readAllBytes(file));
    } catch (JsonProcessingException e) {
      Path aside = file.resolveSibling("energy.json.unreadable-" + System.currentTimeMillis());
      Files.move(file, aside);
      throw new IOException(
          file + " is not valid JSON (" + e.getOriginalMessage() + "); kept as " + aside, e);
    }
    for (Map.Entry<String, JsonNode> e : root.path("counters").properties()) {
      JsonNode n = e.getValue();
      LocalDate day = n.hasNonNull("day") ? LocalDate.parse(n.get("day").asText()) : null;
      out.put(
          e.getKey(),
          new Stored(n.path("lifetime_kWh").asDouble(), n.path("today_kWh").asDouble(), day));
    }
    return out;
  }

  /** Replaces the stored counters atomically. */
  public void save(Map<String, Stored> counters) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", 1);
    ObjectNode all = root.putObject("counters");
    counters.forEach(
        (key, s) -> {
          ObjectNode n = all.putObject(key);
          n.put("lifetime_kWh", s.lifetimeKwh());
          n.put("today_kWh", s.todayKwh());
          n.put("day", s.day() == null ? null : s.day().toString());
        });
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    byte[] bytes =
        JSON.writerWithDefaultPrettyPrinter()
            .writeValueAsString(root)
            .getBytes(StandardCharsets.UTF_8);
    try (FileChannel ch =
        FileChannel.open(
            tmp,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(true);
    }
    try {
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
    syncDirectory(file.getParent());
  }

  private static void syncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // Some file systems (and Windows) cannot fsync a directory; the rename is still atomic.
    }
  }
}
