package io.solargw.config.internal.bind;

import io.solargw.config.TlsConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The {@code mqtt.tls:} section. Files must exist when TLS is on; fail now, not at connect. */
final class TlsBinder {

  private static final List<String> FILES = List.of("ca_file", "cert_file", "key_file");

  private TlsBinder() {}

  static TlsConfig bind(Fields tls, Path base, boolean mqttEnabled) {
    boolean enabled = tls.get("enabled", Scalars.flag(), false);
    boolean insecure = tls.get("insecure", Scalars.flag(), false);
    Optional<Path> ca = tls.get("ca_file", FileValues.path(base));
    Optional<Path> cert = tls.get("cert_file", FileValues.path(base));
    Optional<Path> key = tls.get("key_file", FileValues.path(base));
    if (cert.isPresent() != key.isPresent()) {
      tls.error(
          cert.isPresent() ? "key_file" : "cert_file",
          "is missing: cert_file and key_file go together (a client certificate needs its key)");
      cert = Optional.empty();
      key = Optional.empty();
    }
    if (enabled && mqttEnabled) {
      ca.ifPresent(file -> FileValues.requireFile(tls, "ca_file", file));
      cert.ifPresent(file -> FileValues.requireFile(tls, "cert_file", file));
      key.ifPresent(file -> FileValues.requireFile(tls, "key_file", file));
      if (insecure) {
        tls.warning(
            "insecure",
            "accepts any broker certificate, so anyone on the network can pose as the broker;"
                + " prefer ca_file");
      }
    } else if (!enabled && (insecure || FILES.stream().anyMatch(tls::has))) {
      tls.warning(
          tls.has("enabled")
              ? "enabled"
              : FILES.stream().filter(tls::has).findFirst().orElse("insecure"),
          "TLS settings are given but tls.enabled is false: the connection is not encrypted");
    }
    return new TlsConfig(enabled, ca, cert, key, insecure);
  }
}
