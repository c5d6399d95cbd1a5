package io.solargw.config.internal.yaml;

import io.solargw.config.internal.Origin;

/**
 * A YAML value with the place it came from: the located tree the loader validates, so that every
 * problem can name its line (or its environment variable).
 */
public sealed interface Node permits MapNode, ListNode, ScalarNode, NullNode {

  /** Where the value starts. */
  Origin origin();

  /** How a message names what kind of value this is: "a mapping", "a list", "'abc'", "nothing". */
  String describe();
}
