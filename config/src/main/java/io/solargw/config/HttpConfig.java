package io.solargw.config;

import io.solargw.config.internal.Require;

/**
 * The {@code http:} section: the read-only status page and metrics.
 *
 * @param enabled serve the page; default true
 * @param bind address to listen on; default {@code 127.0.0.1} (this machine only), {@code 0.0.0.0}
 *     to reach the page from the LAN
 * @param port TCP port 1..65535; default 8080
 */
public record HttpConfig(boolean enabled, String bind, int port) {

  /** Checks the address text and the port range. */
  public HttpConfig {
    Require.printable("bind", bind);
    Require.range("port", port, 1, 65535);
  }
}
