package io.solargw.protocol.inverter.profile.internal;

/** A parsed value with the YAML mapping it came from, for cross-checks after parsing. */
record Located<T>(T value, Node.MapNode node) {

  /** Where {@code key} is written (or the entry itself when the key is absent). */
  Node.Location at(String key) {
    return node.at(key);
  }
}
