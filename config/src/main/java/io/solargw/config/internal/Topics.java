package io.solargw.config.internal;

import java.util.Optional;

/** The rules for an MQTT topic prefix ({@code base_topic}, {@code discovery_prefix}). */
public final class Topics {

  /** Longest prefix accepted; the gateway appends device and value levels to it. */
  public static final int MAX_LENGTH = 200;

  private Topics() {}

  /**
   * What is wrong with {@code topic} as a topic prefix, or empty if it is fine. A prefix is one or
   * more levels separated by {@code /}, none empty, without the wildcards {@code +} and {@code #},
   * not starting with {@code $} (reserved for broker topics) and at most 200 characters.
   */
  public static Optional<String> problem(String topic) {
    if (topic.isEmpty() || topic.length() > MAX_LENGTH) {
      return Optional.of("a topic prefix has 1 to " + MAX_LENGTH + " characters");
    }
    if (topic.contains("+") || topic.contains("#")) {
      return Optional.of("a topic prefix may not contain the wildcards + and #");
    }
    if (topic.startsWith("$")) {
      return Optional.of("topics starting with $ are reserved for the broker");
    }
    if (topic.startsWith("/") || topic.endsWith("/") || topic.contains("//")) {
      return Optional.of("levels are separated by single / with nothing empty, e.g. solar/garage");
    }
    if (topic.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
      return Optional.of("a topic prefix may not contain spaces or control characters");
    }
    return Optional.empty();
  }

  /** Throws {@link IllegalArgumentException} naming {@code name} if the prefix is not valid. */
  public static String require(String name, String topic) {
    problem(topic)
        .ifPresent(
            message -> {
              throw new IllegalArgumentException(name + ": " + message + ", got '" + topic + "'");
            });
    return topic;
  }
}
