package io.solargw.config;

import io.solargw.config.internal.Require;

/**
 * The {@code http:} section: the read-only status server, its metrics and the live web page.
 *
 * @param enabled serve anything at all; default true
 * @param bind address to listen on; default {@code 127.0.0.1} (this machine only), {@code 0.0.0.0}
 *     to reach the page from the LAN
 * @param port TCP port 1..65535; default 8080
 * @param page serve the live web page ({@code /} and its event stream) besides {@code /health},
 *     {@code /metrics} and {@code /api/state}; default true
 */
public record HttpConfig(boolean enabled, String bind, int port, boolean page) {

  /** Checks the address text and the port range. */
  public HttpConfig {
    Require.printable("bind", bind);
    Require.range("port", port, 1, 65535);
  }

  /** A section with the live page on (its default). */
  public HttpConfig(boolean enabled, String bind, int port) {
    this(enabled, bind, port, true);
  }
}
