package io.solargw.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.solargw.mqtt.client.MqttProtocol;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole bridge against a real Mosquitto: discovery, HA restart, removal, writes, close. */
class BridgeIT {

  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final List<DeviceState> ALL =
      List.of(
          Devices.gateway(),
          Devices.stack(2),
          Devices.inverter(1, 53.1),
          Devices.inverter(2, 53.2),
          Devices.rack(1),
          Devices.pack(1));

  @TempDir Path dir;

  private BridgeSettings settings(int port, String gatewayId) {
    BridgeSettings defaults = BridgeSettings.defaults(gatewayId, "127.0.0.1", port, dir);
    return defaults.withBroker(
        defaults.broker().withBackoff(Duration.ofMillis(100), Duration.ofMillis(500)));
  }

  private static String config(String gatewayId, String device) {
    return "homeassistant/device/solargw_" + gatewayId + "_" + device + "/config";
  }

  @Test
  void publishesDiscoveryAndStatesAndRepublishesWhenHomeAssistantComesOnline() throws Exception {
    try (Mosquitto broker = Mosquitto.start(dir);
        TestClient ha =
            new TestClient(broker.port(), "ha")
                .subscribe("homeassistant/device/#")
                .subscribe("solar/g/#");
        MqttBridge bridge = MqttBridge.start(settings(broker.port(), "g"), new FakeWriter())) {
      bridge.publish(ALL);
      await()
          .atMost(WAIT)
          .untilAsserted(
              () -> {
                for (DeviceState device : ALL) {
                  assertThat(ha.latest(config("g", device.id()))).isPresent();
                  assertThat(ha.latest("solar/g/" + device.id() + "/availability"))
                      .contains("online");
                  assertThat(ha.latest("solar/g/" + device.id() + "/state")).isPresent();
                }
                assertThat(ha.latest("solar/g/status")).contains("online");
              });
      assertThat(ha.latest("solar/g/inverter-1/state").orElseThrow())
          .contains("\"battery_voltage_V\":53.1");

      ha.clear();
      ha.publish("homeassistant/status", "online", false);
      await()
          .atMost(WAIT)
          .untilAsserted(
              () -> {
                for (DeviceState device : ALL) {
                  assertThat(ha.on(config("g", device.id()))).hasSize(1);
                }
              });
    }
  }

  @Test
  void aDeviceRemovedFromTheConfigurationGetsAnEmptyRetainedConfig() throws Exception {
    try (Mosquitto broker = Mosquitto.start(dir)) {
      try (MqttBridge first = MqttBridge.start(settings(broker.port(), "g"), new FakeWriter())) {
        first.publish(List.of(Devices.inverter(1, 53.1), Devices.inverter(2, 53.1)));
        await()
            .atMost(WAIT)
            .until(() -> first.metrics().buffered() == 0 && first.metrics().publishes() >= 6);
      }
      try (TestClient watcher =
              new TestClient(broker.port(), "watcher").subscribe("homeassistant/device/#");
          MqttBridge second = MqttBridge.start(settings(broker.port(), "g"), new FakeWriter())) {
        await().atMost(WAIT).until(() -> watcher.latest(config("g", "inverter-2")).isPresent());
        assertThat(second.configuredDevices(Set.of("inverter-1"))).containsExactly("inverter-2");
        await()
            .atMost(WAIT)
            .untilAsserted(
                () -> assertThat(watcher.latest(config("g", "inverter-2"))).contains(""));
      }
      try (TestClient late =
          new TestClient(broker.port(), "late")
              .subscribe("homeassistant/#")
              .subscribe("solar/g/+/state")) {
        await().atMost(WAIT).until(() -> late.latest(config("g", "inverter-1")).isPresent());
        assertThat(late.latest(config("g", "inverter-2"))).isEmpty();
        assertThat(late.latest("solar/g/inverter-2/state")).isEmpty();
      }
    }
  }

  @Test
  void writesGoThroughTheWriterAndAnswerOnTheResultTopic() throws Exception {
    FakeWriter writer = new FakeWriter();
    try (Mosquitto broker = Mosquitto.start(dir);
        TestClient ha = new TestClient(broker.port(), "ha").subscribe("solar/g/+/set/+/result");
        MqttBridge bridge =
            MqttBridge.start(
                settings(broker.port(), "g")
                    .withWrites(WritePolicy.allowing(Set.of("WFM"), Duration.ofSeconds(30))),
                writer)) {
      bridge.publish(Devices.inverter(1, 53.1));
      await().atMost(WAIT).until(() -> bridge.metrics().connected());
      ha.publish("solar/g/inverter-1/set/WFM", "UTI", false);
      await().atMost(WAIT).until(() -> ha.on("solar/g/inverter-1/set/WFM/result").size() == 1);
      assertThat(ha.on("solar/g/inverter-1/set/WFM/result").get(0).payload())
          .contains("\"ok\":true", "\"read_back\":\"UTI\"");
      ha.publish("solar/g/inverter-1/set/MCC", "50", false);
      await().atMost(WAIT).until(() -> ha.on("solar/g/inverter-1/set/MCC/result").size() == 1);
      assertThat(ha.on("solar/g/inverter-1/set/MCC/result").get(0).payload())
          .contains("\"ok\":false", "not in the writes allowlist");
      assertThat(writer.writes()).hasSize(1);
      assertThat(bridge.metrics().commands().rejected()).isEqualTo(1);
    }
  }

  @Test
  void closingPublishesOfflineAndAnOfflineUnitBecomesUnavailableAlone() throws Exception {
    try (Mosquitto broker = Mosquitto.start(dir);
        TestClient ha = new TestClient(broker.port(), "ha").subscribe("solar/g/#")) {
      BridgeSettings v311 = settings(broker.port(), "g");
      v311 = v311.withBroker(v311.broker().withProtocol(MqttProtocol.V3_1_1));
      try (MqttBridge bridge = MqttBridge.start(v311, new FakeWriter())) {
        bridge.publish(List.of(Devices.inverter(1, 53.1), Devices.inverter(2, 53.1)));
        bridge.publish(
            DeviceState.builder("inverter-2", DeviceKind.INVERTER, "Inverter 2")
                .at(Availability.OFFLINE, Devices.T0)
                .build());
        await()
            .atMost(WAIT)
            .untilAsserted(
                () -> {
                  assertThat(ha.latest("solar/g/inverter-1/availability")).contains("online");
                  assertThat(ha.latest("solar/g/inverter-2/availability")).contains("offline");
                  assertThat(ha.latest("solar/g/status")).contains("online");
                });
      }
      await()
          .atMost(WAIT)
          .untilAsserted(() -> assertThat(ha.latest("solar/g/status")).contains("offline"));
    }
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
