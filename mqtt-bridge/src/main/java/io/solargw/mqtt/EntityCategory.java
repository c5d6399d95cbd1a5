package io.solargw.mqtt;

/** Home Assistant's entity category: where an entity is listed on the device page. */
public enum EntityCategory {
  /** A primary entity (no {@code entity_category} key). */
  PRIMARY(""),
  /** Read-only detail, e.g. firmware, cell voltages, bus statistics. */
  DIAGNOSTIC("diagnostic"),
  /** A setting the user may change. */
  CONFIG("config");

  private final String haName;

  EntityCategory(String haName) {
    this.haName = haName;
  }

  /** The value of the discovery key {@code entity_category}; empty for {@link #PRIMARY}. */
  public String haName() {
    return haName;
  }
}
