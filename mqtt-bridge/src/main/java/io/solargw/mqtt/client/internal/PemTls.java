package io.solargw.mqtt.client.internal;

import io.solargw.mqtt.client.LinkException;
import io.solargw.mqtt.client.TlsSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** Builds an {@link SSLSocketFactory} from PEM files with plain JDK classes. */
public final class PemTls {

  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([^-]+)-----END \\1-----");
  private static final char[] NO_PASSWORD = new char[0];

  private PemTls() {}

  /** The socket factory for these settings (trust: CA file, JVM default, or anything). */
  public static SSLSocketFactory socketFactory(TlsSettings tls) throws LinkException {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      KeyManagerFactory keys = null;
      if (tls.certFile().isPresent() && tls.keyFile().isPresent()) {
        keys = keyManagers(tls.certFile().get(), tls.keyFile().get());
      }
      TrustManager[] trust = null;
      if (tls.insecure()) {
        trust = new TrustManager[] {new TrustAll()};
      } else if (tls.caFile().isPresent()) {
        trust = trustManagers(tls.caFile().get());
      }
      context.init(keys == null ? null : keys.getKeyManagers(), trust, null);
      return context.getSocketFactory();
    } catch (GeneralSecurityException e) {
      throw new LinkException("TLS set-up failed: " + e.getMessage(), e);
    }
  }

  private static TrustManager[] trustManagers(Path caFile)
      throws LinkException, GeneralSecurityException {
    KeyStore store = emptyStore();
    int n = 0;
    for (Certificate cert : certificates(caFile)) {
      store.setCertificateEntry("ca-" + n++, cert);
    }
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    return factory.getTrustManagers();
  }

  private static KeyManagerFactory keyManagers(Path certFile, Path keyFile)
      throws LinkException, GeneralSecurityException {
    KeyStore store = emptyStore();
    Certificate[] chain = certificates(certFile).toArray(new Certificate[0]);
    store.setKeyEntry("client", privateKey(keyFile), NO_PASSWORD, chain);
    KeyManagerFactory factory =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    factory.init(store, NO_PASSWORD);
    return factory;
  }

  private static Collection<? extends Certificate> certificates(Path file)
      throws LinkException, GeneralSecurityException {
    byte[] pem = read(file);
    Collection<? extends Certificate> certs;
    try (InputStream in = new ByteArrayInputStream(pem)) {
      certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
    } catch (IOException e) {
      throw new LinkException("cannot read certificates from " + file, e);
    }
    if (certs.isEmpty()) {
      throw new LinkException(file + " holds no PEM certificate (BEGIN CERTIFICATE)");
    }
    return certs;
  }

  /** PKCS#8 (RSA, EC, Ed25519) or RSA PKCS#1, unencrypted. */
  static PrivateKey privateKey(Path file) throws LinkException {
    String text = new String(read(file), StandardCharsets.US_ASCII);
    Matcher block = BLOCK.matcher(text);
    while (block.find()) {
      String type = block.group(1);
      byte[] der = Base64.getMimeDecoder().decode(block.group(2).trim());
      switch (type) {
        case "PRIVATE KEY":
          return pkcs8(file, der);
        case "RSA PRIVATE KEY":
          return pkcs8(file, Pkcs1.toPkcs8(der));
        case "ENCRYPTED PRIVATE KEY", "EC PRIVATE KEY":
          throw new LinkException(
              file
                  + " holds an "
                  + type
                  + "; convert it with"
                  + " 'openssl pkcs8 -topk8 -nocrypt -in KEY -out key.pem'");
        default:
          break;
      }
    }
    throw new LinkException(file + " holds no PEM private key (BEGIN PRIVATE KEY)");
  }

  private static PrivateKey pkcs8(Path file, byte[] der) throws LinkException {
    List<String> tried = new ArrayList<>();
    for (String algorithm : List.of("RSA", "EC", "Ed25519")) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (GeneralSecurityException e) {
        tried.add(algorithm);
      }
    }
    throw new LinkException(file + " holds a private key that is none of " + tried);
  }

  private static KeyStore emptyStore() throws GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try {
      store.load(null, NO_PASSWORD);
    } catch (IOException e) {
      throw new GeneralSecurityException("cannot create an empty key store", e);
    }
    return store;
  }

  private static byte[] read(Path file) throws LinkException {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new LinkException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** For {@code insecure: true} only: trusts every certificate. */
  private static final class TrustAll implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
