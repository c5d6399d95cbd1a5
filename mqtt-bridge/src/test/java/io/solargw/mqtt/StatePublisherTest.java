package io.solargw.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.mqtt.RecordingOutlet.Sent;
import io.solargw.mqtt.internal.StatePublisher;
import io.solargw.mqtt.payload.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the bridge publishes for a sequence of states, without a broker, on a fake clock. */
class StatePublisherTest {

  private static final String CONFIG = "homeassistant/device/solargw_g_inverter-1/config";

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(Devices.T0);
  private final RecordingOutlet outlet = new RecordingOutlet();

  private StatePublisher publisher() {
    return new StatePublisher(BridgeSettings.defaults("g", "localhost", 1883, dir), outlet, clock);
  }

  @Test
  void firstStatePublishesDiscoveryAvailabilityStateAndRaisesActiveCodes() {
    publisher().accept(Devices.inverter(1, 53.1));
    assertThat(outlet.topics())
        .containsExactly(
            "solar/g/inverter-1/event",
            CONFIG,
            "solar/g/inverter-1/availability",
            "solar/g/inverter-1/state");
    assertThat(outlet.on("solar/g/inverter-1/availability").get(0).payload()).isEqualTo("online");
    assertThat(outlet.on(CONFIG).get(0).retained()).isTrue();
    Sent event = outlet.on("solar/g/inverter-1/event").get(0);
    assertThat(event.retained()).isFalse();
    assertThat(Json.read(event.payload()))
        .isEqualTo(
            Map.of(
                "device",
                "inverter-1",
                "event",
                "raised",
                "family",
                "alarms",
                "code",
                19,
                "kind",
                "alarm",
                "text",
                "Battery low",
                "timestamp",
                "2026-05-01T12:00:00Z"));
  }

  @Test
  void smallChangesWaitForTheRefreshAndCodesChangesAreEvents() {
    StatePublisher publisher = publisher();
    publisher.accept(Devices.inverter(1, 53.10));
    outlet.clear();
    clock.advance(Duration.ofSeconds(10));
    publisher.accept(Devices.inverter(1, 53.12));
    publisher.refreshDue();
    assertThat(outlet.sent()).isEmpty();

    publisher.accept(
        Devices.inverterBuilder(1, 53.12)
            .value("alarms", Value.codes(List.of()))
            .value("faults", Value.codes(List.of(new Code(12, "fault", "Battery over-voltage"))))
            .build());
    assertThat(outlet.on("solar/g/inverter-1/event"))
        .extracting(Sent::payload)
        .anyMatch(p -> p.contains("\"event\":\"raised\"") && p.contains("\"code\":12"))
        .anyMatch(p -> p.contains("\"event\":\"cleared\"") && p.contains("\"code\":19"));
    assertThat(outlet.on("solar/g/inverter-1/state")).hasSize(1);

    outlet.clear();
    clock.advance(Duration.ofSeconds(299));
    publisher.refreshDue();
    assertThat(outlet.sent()).isEmpty();
    clock.advance(Duration.ofSeconds(1));
    publisher.refreshDue();
    assertThat(outlet.topics())
        .containsExactly("solar/g/inverter-1/availability", "solar/g/inverter-1/state");
  }

  @Test
  void anOfflineUnitKeepsItsEntitiesAndShowsUnavailable() {
    StatePublisher publisher = publisher();
    publisher.accept(Devices.inverter(1, 53.1));
    publisher.accept(Devices.inverter(2, 53.1));
    outlet.clear();
    publisher.accept(
        DeviceState.builder("inverter-2", DeviceKind.INVERTER, "Inverter 2")
            .at(Availability.OFFLINE, Devices.T0)
            .build());
    assertThat(outlet.topics())
        .containsExactly("solar/g/inverter-2/availability", "solar/g/inverter-2/state");
    assertThat(outlet.sent().get(0).payload()).isEqualTo("offline");
  }

  @Test
  void discoveryIsRepublishedOnlyWhenEntitiesChangeAndDroppedOnesAreRemoved() {
    StatePublisher publisher = publisher();
    publisher.accept(Devices.inverter(1, 53.1));
    publisher.accept(Devices.inverter(1, 54.1));
    assertThat(outlet.on(CONFIG)).hasSize(1);
    publisher.accept(Devices.inverterBuilder(1, 54.1).value("bus_voltage_V", 380).build());
    assertThat(outlet.on(CONFIG)).hasSize(2);
    DeviceState withoutBus = Devices.inverter(1, 54.1);
    publisher.accept(withoutBus);
    assertThat(outlet.on(CONFIG)).hasSize(3);
    assertThat(outlet.on(CONFIG).get(2).payload()).contains("\"bus_voltage_V\":{\"p\":\"sensor\"}");
    publisher.republishAll();
    assertThat(outlet.on(CONFIG).get(3).payload()).doesNotContain("bus_voltage_V");
  }

  @Test
  void removedDevicesAreClearedAlsoAfterARestart() throws Exception {
    StatePublisher first = publisher();
    first.accept(Devices.inverter(1, 53.1));
    first.accept(Devices.inverter(2, 53.1));
    first.accept(Devices.pack(1));
    assertThat(Files.readAllLines(dir.resolve("mqtt-discovery-g.txt")))
        .contains("inverter-1", "inverter-2", "pack-1");

    outlet.clear();
    StatePublisher restarted = publisher();
    assertThat(restarted.retainOnly(Set.of("inverter-1", "pack-1"))).containsExactly("inverter-2");
    assertThat(outlet.sent())
        .containsExactlyInAnyOrder(
            new Sent("homeassistant/device/solargw_g_inverter-2/config", "", true),
            new Sent("solar/g/inverter-2/state", "", true),
            new Sent("solar/g/inverter-2/availability", "", true));
    assertThat(Files.readAllLines(dir.resolve("mqtt-discovery-g.txt")))
        .contains("inverter-1", "pack-1")
        .doesNotContain("inverter-2");
    outlet.clear();
    assertThat(publisher().retainOnly(Set.of("inverter-1", "pack-1"))).isEmpty();
    assertThat(outlet.sent()).isEmpty();
  }

  @Test
  void statsCarryTheRuntimeFieldsAndMqttCounters() {
    publisher().publishStats(Map.of("cycle_ms", 812), Map.of("connected", true));
    assertThat(Json.read(outlet.on("solar/g/gateway/stats").get(0).payload()))
        .isEqualTo(
            Map.of(
                "timestamp",
                "2026-05-01T12:00:00Z",
                "cycle_ms",
                812,
                "mqtt",
                Map.of("connected", true)));
  }
}
