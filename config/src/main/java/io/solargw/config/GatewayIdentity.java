package io.solargw.config;

import io.solargw.config.internal.Require;
import java.util.regex.Pattern;

/**
 * The {@code gateway:} section: who this gateway is.
 *
 * @param id 1 to 32 characters {@code a-z 0-9 _ -}; part of MQTT topics and Home Assistant unique
 *     ids, so changing it makes Home Assistant see new devices. Default {@value #DEFAULT_ID}.
 */
public record GatewayIdentity(String id) {

  /** The id when none is configured. */
  public static final String DEFAULT_ID = "solar";

  /** What an id may look like. */
  public static final Pattern ID = Pattern.compile("[a-z0-9_-]{1,32}");

  /** Checks the id's form. */
  public GatewayIdentity {
    Require.matches("id", id, ID);
  }
}
