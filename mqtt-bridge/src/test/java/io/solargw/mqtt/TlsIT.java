package io.solargw.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.solargw.mqtt.client.BrokerSession;
import io.solargw.mqtt.client.BrokerSettings;
import io.solargw.mqtt.client.MqttProtocol;
import io.solargw.mqtt.client.TlsSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS with a private CA, a client certificate and a password, against Mosquitto: PKCS#8 and RSA
 * PKCS#1 keys, MQTT 5 and 3.1.1; a wrong CA or password never connects. Certificates are made by
 * {@code openssl} (skipped when it is not installed).
 */
class TlsIT {

  @TempDir Path dir;
  private Mosquitto broker;

  @BeforeEach
  void certificatesAndBroker() throws Exception {
    Mosquitto.binary();
    if (!Files.isExecutable(Path.of("/usr/bin/openssl"))) {
      String message = "openssl is not installed (apt-get install openssl)";
      if ("true".equals(System.getenv("CI"))) {
        org.junit.jupiter.api.Assertions.fail(message); // CI must never skip silently
      }
      Assumptions.abort(message);
    }
    openssl(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "2",
        "-subj",
        "/CN=test-ca");
    openssl(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "other-ca.key",
        "-out",
        "other-ca.pem",
        "-days",
        "2",
        "-subj",
        "/CN=other-ca");
    signed("server", "/CN=localhost", "subjectAltName=IP:127.0.0.1,DNS:localhost");
    signed("client", "/CN=gateway", "extendedKeyUsage=clientAuth");
    openssl("rsa", "-in", "client.key", "-traditional", "-out", "client-rsa.key");
    assertThat(Files.readString(dir.resolve("client-rsa.key"))).contains("BEGIN RSA PRIVATE KEY");
    run(List.of("mosquitto_passwd", "-c", "-b", dir.resolve("passwd").toString(), "gw", "s3cret"));
    readableByTheBroker();
    broker =
        Mosquitto.start(
            dir,
            List.of(
                "cafile " + dir.resolve("ca.pem"),
                "certfile " + dir.resolve("server.pem"),
                "keyfile " + dir.resolve("server.key"),
                "require_certificate true",
                "allow_anonymous false",
                "password_file " + dir.resolve("passwd")));
  }

  @org.junit.jupiter.api.AfterEach
  void stop() {
    if (broker != null) {
      broker.close();
    }
  }

  /** Mosquitto started as root drops to its own user before reading the password file. */
  private void readableByTheBroker() throws IOException {
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
      }
    }
  }

  private BrokerSettings settings(MqttProtocol protocol, String ca, String key, String password) {
    TlsSettings tls =
        new TlsSettings(
            true,
            Optional.of(dir.resolve(ca)),
            Optional.of(dir.resolve("client.pem")),
            Optional.of(dir.resolve(key)),
            false);
    return BrokerSettings.plain("127.0.0.1", broker.port(), "tls-" + protocol)
        .withProtocol(protocol)
        .withCredentials("gw", password)
        .withTls(tls)
        .withBackoff(Duration.ofMillis(200), Duration.ofMillis(500));
  }

  @Test
  void mqtt5WithPkcs8KeyAndMqtt311WithRsaKeyConnectAndRoundTrip() {
    roundTrip(settings(MqttProtocol.V5, "ca.pem", "client.key", "s3cret"));
    roundTrip(settings(MqttProtocol.V3_1_1, "ca.pem", "client-rsa.key", "s3cret"));
  }

  @Test
  void aWrongCaOrPasswordNeverConnects() {
    for (BrokerSettings wrong :
        List.of(
            settings(MqttProtocol.V5, "other-ca.pem", "client.key", "s3cret"),
            settings(MqttProtocol.V3_1_1, "ca.pem", "client.key", "wrong"))) {
      try (BrokerSession session = BrokerSession.paho(wrong, "tls/status")) {
        session.start();
        // attempts at 0, 200, 600, 1100 ms: stays refused through several of them
        await(wrong.toString())
            .during(Duration.ofMillis(1_500))
            .atMost(Duration.ofSeconds(5))
            .until(() -> !session.connected());
      }
    }
  }

  private static void roundTrip(BrokerSettings settings) {
    List<String> received = new CopyOnWriteArrayList<>();
    try (BrokerSession session = BrokerSession.paho(settings, "tls/status")) {
      session.onMessage(
          (topic, payload, retained) ->
              received.add(topic + "=" + new String(payload, StandardCharsets.UTF_8)));
      session.subscribe("tls/#");
      session.start();
      await().atMost(Duration.ofSeconds(15)).until(session::connected);
      session.publishTransient("tls/echo", "hello");
      await().atMost(Duration.ofSeconds(15)).until(() -> received.contains("tls/echo=hello"));
    }
    assertThat(settings.toString()).contains("password=***").doesNotContain("s3cret");
  }

  private void signed(String name, String subject, String extension) throws Exception {
    openssl(
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        name + ".key",
        "-out",
        name + ".csr",
        "-subj",
        subject);
    Files.writeString(dir.resolve(name + ".ext"), extension + "\n");
    openssl(
        "x509",
        "-req",
        "-in",
        name + ".csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        name + ".pem",
        "-days",
        "2",
        "-extfile",
        name + ".ext");
  }

  private void openssl(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add("openssl");
    command.addAll(List.of(args));
    run(command);
  }

  private void run(List<String> command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue())
        .as(command + ": " + new String(output, StandardCharsets.UTF_8))
        .isZero();
  }
}
