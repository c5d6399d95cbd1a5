package io.solargw.protocol.inverter.profile;

/**
 * Home Assistant discovery hints of a point; either may be empty.
 *
 * @param deviceClass e.g. {@code voltage}, {@code energy}
 * @param stateClass {@code measurement}, {@code total} or {@code total_increasing}
 */
public record HomeAssistantHints(String deviceClass, String stateClass) {

  /** No hints. */
  public static final HomeAssistantHints NONE = new HomeAssistantHints("", "");

  /** Replaces null by empty. */
  public HomeAssistantHints {
    deviceClass = deviceClass == null ? "" : deviceClass;
    stateClass = stateClass == null ? "" : stateClass;
  }
}
