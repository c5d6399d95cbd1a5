package io.solargw.config.internal;

/**
 * Key paths as problems print them: {@code mqtt.tls.ca_file}, {@code
 * buses[1].inverters[0].address}; the root is the empty path.
 */
public final class KeyPaths {

  private KeyPaths() {}

  /**
   * The path of {@code key} inside {@code path}. Control characters in a (misspelt) key are shown
   * as {@code \\uXXXX} so that a problem stays on one line.
   */
  public static String key(String path, String key) {
    String safe = Printable.escape(key);
    return path.isEmpty() ? safe : path + "." + safe;
  }

  /** The path of list element {@code index} of {@code path}. */
  public static String index(String path, int index) {
    return path + "[" + index + "]";
  }

  /** Whether {@code path} lies strictly inside {@code ancestor}. */
  public static boolean isBelow(String path, String ancestor) {
    if (ancestor.isEmpty()) {
      return !path.isEmpty();
    }
    return path.length() > ancestor.length()
        && path.startsWith(ancestor)
        && (path.charAt(ancestor.length()) == '.' || path.charAt(ancestor.length()) == '[');
  }
}
