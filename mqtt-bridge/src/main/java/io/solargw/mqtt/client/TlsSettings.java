package io.solargw.mqtt.client;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * TLS towards the broker; all files are PEM.
 *
 * @param enabled encrypt the connection
 * @param caFile CA certificate(s) that signed the broker's certificate; empty = the JVM's trust
 *     store
 * @param certFile client certificate (chain), for brokers that require one; given with {@code
 *     keyFile}
 * @param keyFile the client certificate's private key: PKCS#8 ({@code BEGIN PRIVATE KEY}) or RSA
 *     PKCS#1 ({@code BEGIN RSA PRIVATE KEY}), unencrypted
 * @param insecure accept any broker certificate and host name (testing only)
 */
public record TlsSettings(
    boolean enabled,
    Optional<Path> caFile,
    Optional<Path> certFile,
    Optional<Path> keyFile,
    boolean insecure) {

  /** TLS off. */
  public static final TlsSettings DISABLED =
      new TlsSettings(false, Optional.empty(), Optional.empty(), Optional.empty(), false);

  /** Checks certificate and key come together. */
  public TlsSettings {
    Objects.requireNonNull(caFile, "caFile");
    Objects.requireNonNull(certFile, "certFile");
    Objects.requireNonNull(keyFile, "keyFile");
    if (certFile.isPresent() != keyFile.isPresent()) {
      throw new IllegalArgumentException("certFile and keyFile must be given together");
    }
  }
}
