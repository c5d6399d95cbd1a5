package io.solargw.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code mqtt.tls:} section. The loader checks that every file given exists when TLS is on.
 *
 * @param enabled encrypt the broker connection; default false
 * @param caFile PEM file of the CA that signed the broker's certificate; absent = the JVM's trust
 *     store
 * @param certFile PEM client certificate, for brokers that require one; given with {@code keyFile}
 * @param keyFile PEM private key of the client certificate
 * @param insecure accept any broker certificate and host name; default false (testing only)
 */
public record TlsConfig(
    boolean enabled,
    Optional<Path> caFile,
    Optional<Path> certFile,
    Optional<Path> keyFile,
    boolean insecure) {

  /** TLS off. */
  public static final TlsConfig DISABLED =
      new TlsConfig(false, Optional.empty(), Optional.empty(), Optional.empty(), false);

  /** Checks that paths are absolute and that certificate and key come together. */
  public TlsConfig {
    for (Optional<Path> file : List.of(caFile, certFile, keyFile)) {
      Objects.requireNonNull(file, "file");
      file.ifPresent(
          p -> {
            if (!p.isAbsolute()) {
              throw new IllegalArgumentException("TLS file paths must be absolute, got " + p);
            }
          });
    }
    if (certFile.isPresent() != keyFile.isPresent()) {
      throw new IllegalArgumentException("certFile and keyFile must be given together");
    }
  }
}
