package io.solargw.config.internal.yaml;

import io.solargw.config.internal.Origin;
import java.util.Objects;

/**
 * An empty value ({@code key:} with nothing after it, {@code ~}, {@code null}); treated as if the
 * key were absent, so its default applies.
 *
 * @param origin where the key's value would start
 */
public record NullNode(Origin origin) implements Node {

  /** Checks that the origin is given. */
  public NullNode {
    Objects.requireNonNull(origin, "origin");
  }

  @Override
  public String describe() {
    return "nothing";
  }
}
