package io.solargw.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Replays a {@code candump -L} log instead of listening to a live bus; for demos and tests.
 *
 * @param file absolute path of the log (a relative path in the file is resolved against the config
 *     file's folder); the loader checks that it is a readable file
 */
public record CandumpReplayTransport(Path file) implements Transport {

  /** Checks that the path is given and absolute. */
  public CandumpReplayTransport {
    Objects.requireNonNull(file, "file");
    if (!file.isAbsolute()) {
      throw new IllegalArgumentException("file must be absolute, got " + file);
    }
  }

  @Override
  public TransportKind kind() {
    return TransportKind.CANDUMP_REPLAY;
  }

  @Override
  public String describe() {
    return file.toString();
  }
}
