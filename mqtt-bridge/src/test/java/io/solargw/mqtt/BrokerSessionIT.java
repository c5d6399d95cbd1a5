package io.solargw.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.solargw.mqtt.client.BrokerSession;
import io.solargw.mqtt.client.BrokerSettings;
import io.solargw.mqtt.client.MqttProtocol;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Paho-backed session against a real Mosquitto, for both protocol versions. */
class BrokerSessionIT {

  @TempDir Path dir;

  private static BrokerSettings settings(int port, MqttProtocol protocol) {
    return BrokerSettings.plain("127.0.0.1", port, "session-it-" + protocol)
        .withProtocol(protocol)
        .withBackoff(Duration.ofMillis(100), Duration.ofMillis(400));
  }

  @ParameterizedTest
  @EnumSource(MqttProtocol.class)
  void connectsAnnouncesOnlinePublishesAndReceives(MqttProtocol protocol) throws Exception {
    try (Mosquitto broker = Mosquitto.start(dir);
        TestClient probe = new TestClient(broker.port(), "probe").subscribe("t/#");
        BrokerSession session = BrokerSession.paho(settings(broker.port(), protocol), "t/status")) {
      List<String> inbound = new CopyOnWriteArrayList<>();
      session.onMessage(
          (topic, payload, retained) ->
              inbound.add(topic + "=" + new String(payload, StandardCharsets.UTF_8)));
      session.subscribe("cmd/#");
      session.start();

      await().atMost(Duration.ofSeconds(10)).until(() -> probe.latest("t/status").isPresent());
      assertThat(probe.latest("t/status")).contains("online");
      session.publishRetained("t/a", "1");
      session.publishTransient("t/e", "event");
      probe.publish("cmd/x", "hello", false);

      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () -> {
                assertThat(probe.latest("t/a")).contains("1");
                assertThat(probe.latest("t/e")).contains("event");
                assertThat(inbound).containsExactly("cmd/x=hello");
              });
      assertThat(session.metrics().connected()).isTrue();
      assertThat(session.metrics().publishes()).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @EnumSource(MqttProtocol.class)
  void aBurstOfRetainedStateGoesOutOnOneConnection(MqttProtocol protocol) throws Exception {
    // 24 devices publish ~1000 retained topics per cycle: Paho releases a completed publish
    // from its in-flight window a moment after its token, which once looked like a lost link
    try (Mosquitto broker = Mosquitto.start(dir);
        BrokerSession session = BrokerSession.paho(settings(broker.port(), protocol), "t/status")) {
      session.start();
      await().atMost(Duration.ofSeconds(10)).until(session::connected);
      int topics = 2_000;
      for (int round = 0; round < 5; round++) {
        for (int i = 0; i < topics; i++) {
          session.publishRetained("t/burst/" + i, round + "." + i);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> session.metrics().buffered() == 0);
      }
      assertThat(session.metrics().reconnects()).isZero();
      assertThat(session.metrics().dropped()).isZero();
      assertThat(session.metrics().publishes()).isGreaterThanOrEqualTo(topics);
    }
  }

  @ParameterizedTest
  @EnumSource(MqttProtocol.class)
  void latestValuesPublishedWhileTheBrokerIsAwayArriveAfterItReturns(MqttProtocol protocol)
      throws Exception {
    try (Mosquitto broker = Mosquitto.start(dir);
        BrokerSession session = BrokerSession.paho(settings(broker.port(), protocol), "t/status")) {
      session.start();
      await().atMost(Duration.ofSeconds(10)).until(session::connected);

      broker.stop();
      await().atMost(Duration.ofSeconds(10)).until(() -> !session.connected());
      for (int i = 1; i <= 5; i++) {
        session.publishRetained("t/value", Integer.toString(i));
        session.publishTransient("t/event", "e" + i);
      }
      assertThat(session.metrics().buffered()).isEqualTo(6);

      broker.begin();
      await().atMost(Duration.ofSeconds(10)).until(session::connected);
      await().atMost(Duration.ofSeconds(10)).until(() -> session.metrics().buffered() == 0);
      try (TestClient probe = new TestClient(broker.port(), "probe").subscribe("t/#")) {
        await()
            .atMost(Duration.ofSeconds(10))
            .untilAsserted(
                () -> {
                  assertThat(probe.on("t/value"))
                      .extracting(TestClient.Received::payload)
                      .containsExactly("5");
                  assertThat(probe.latest("t/status")).contains("online");
                });
      }
      assertThat(session.metrics().reconnects()).isEqualTo(1);
    }
  }
}
