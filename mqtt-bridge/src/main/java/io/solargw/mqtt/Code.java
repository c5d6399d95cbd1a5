package io.solargw.mqtt;

import java.util.Objects;

/**
 * One active fault, alarm or protection code with its decoded text.
 *
 * @param number the code as the device reports it (inverter fault number, or the bit number of a
 *     battery flag)
 * @param kind {@code fault}, {@code alarm}, {@code protection}, {@code warning} or {@code unknown}
 * @param text what the code means, from the manual's table ({@code "unknown code N"} when not in
 *     it)
 */
public record Code(int number, String kind, String text) {

  /** Checks that kind and text are given. */
  public Code {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
