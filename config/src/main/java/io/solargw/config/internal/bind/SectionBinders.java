package io.solargw.config.internal.bind;

import io.solargw.config.GatewayIdentity;
import io.solargw.config.HttpConfig;
import io.solargw.config.LogLevel;
import io.solargw.config.LoggingConfig;
import io.solargw.config.PersistenceConfig;
import io.solargw.config.PollConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** The small sections: gateway, persistence, poll, http, logging. */
final class SectionBinders {

  private SectionBinders() {}

  static GatewayIdentity gateway(Fields gateway) {
    return new GatewayIdentity(
        gateway.get(
            "id",
            Scalars.matching(
                GatewayIdentity.ID,
                "use 1 to 32 characters a-z, 0-9, _ and - (it becomes part of MQTT topics)"),
            GatewayIdentity.DEFAULT_ID));
  }

  static PersistenceConfig persistence(Fields persistence, Path base) {
    Path directory =
        persistence.get("directory", FileValues.path(base), base.resolve("data").normalize());
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      persistence.error("directory", directory + " is a file, not a folder");
    }
    return new PersistenceConfig(directory);
  }

  /** Slow and offline periods default to at least the fast one, so a long fast_s stays valid. */
  static PollConfig poll(Fields poll) {
    Duration fast =
        poll.get(
            "fast_s",
            Scalars.seconds(PollConfig.MIN_FAST_S, PollConfig.MAX_FAST_S),
            Duration.ofSeconds(5));
    Duration slow =
        notShorter(poll, "slow_s", PollConfig.MAX_SLOW_S, fast, Duration.ofSeconds(300));
    int unavailableAfter =
        poll.get(
            "unavailable_after",
            Scalars.integer("a number of cycles", 1, PollConfig.MAX_UNAVAILABLE_AFTER),
            3);
    Duration offline =
        notShorter(poll, "offline_poll_s", PollConfig.MAX_FAST_S, fast, Duration.ofSeconds(60));
    return new PollConfig(fast, slow, unavailableAfter, offline);
  }

  private static Duration notShorter(
      Fields poll, String key, int maxSeconds, Duration fast, Duration usual) {
    Optional<Duration> value = poll.get(key, Scalars.seconds(1, maxSeconds));
    if (value.isPresent() && value.get().compareTo(fast) < 0) {
      poll.error(
          key,
          value.get().toSeconds()
              + " is shorter than poll.fast_s ("
              + fast.toSeconds()
              + "); it must be at least as long");
    }
    Duration chosen = value.orElse(usual);
    return chosen.compareTo(fast) < 0 ? fast : chosen;
  }

  static HttpConfig http(Fields http) {
    return new HttpConfig(
        http.get("enabled", Scalars.flag(), true),
        http.get("bind", Hosts.host(), "127.0.0.1"),
        http.get("port", Scalars.integer("a port number", 1, 65535), 8080),
        http.get("page", Scalars.flag(), true));
  }

  static LoggingConfig logging(Fields logging) {
    return new LoggingConfig(
        logging.get(
            "level",
            Scalars.choice("a log level", Arrays.asList(LogLevel.values()), LogLevel::keyword),
            LogLevel.INFO));
  }
}
