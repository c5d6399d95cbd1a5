package io.solargw.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.mqtt.command.CommandProcessor;
import io.solargw.mqtt.internal.StatePublisher;
import io.solargw.mqtt.payload.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of command, accepted and refused, against a fake writer. */
class CommandProcessorTest {

  private static final WritePolicy ON =
      WritePolicy.allowing(Set.of("WFM", "MCC", "BUZ"), Duration.ofSeconds(30));

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(Devices.T0);
  private final RecordingOutlet outlet = new RecordingOutlet();
  private final FakeWriter writer = new FakeWriter();

  private CommandProcessor processor(WritePolicy policy) {
    StatePublisher devices =
        new StatePublisher(
            BridgeSettings.defaults("g", "localhost", 1883, dir).withWrites(policy), outlet, clock);
    devices.accept(Devices.inverter(1, 53.1));
    devices.accept(Devices.inverter(2, 53.1));
    devices.accept(Devices.stack(2));
    devices.accept(
        DeviceState.builder("inverter-3", DeviceKind.INVERTER, "Other stack")
            .via("other-stack")
            .setting(Devices.outputPriority())
            .build());
    outlet.clear();
    return new CommandProcessor(devices.topics(), policy, writer, devices, outlet, clock);
  }

  private Map<String, Object> send(
      CommandProcessor processor, String topic, String payload, boolean retained) {
    processor.handle(topic, payload.getBytes(StandardCharsets.UTF_8), retained);
    String result =
        outlet.on(topic + "/result").get(outlet.on(topic + "/result").size() - 1).payload();
    @SuppressWarnings("unchecked")
    Map<String, Object> json = (Map<String, Object>) Json.read(result);
    return json;
  }

  record Bad(
      String name,
      WritePolicy policy,
      String topic,
      String payload,
      boolean retained,
      String reason,
      String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Bad> badCommands() {
    String wfm = "solar/g/inverter-1/set/WFM";
    String mcc = "solar/g/inverter-1/set/MCC";
    return Stream.of(
        new Bad(
            "writes disabled",
            WritePolicy.DISABLED,
            wfm,
            "SBU",
            false,
            "disabled",
            "settings writes are disabled (writes.enabled is false)"),
        new Bad("retained", ON, wfm, "SBU", true, "retained", "retained commands are ignored"),
        new Bad(
            "oversized",
            ON,
            wfm,
            "S".repeat(257),
            false,
            "oversized",
            "payload is 257 bytes; at most 256 are accepted"),
        new Bad(
            "unknown device",
            ON,
            "solar/g/inverter-9/set/WFM",
            "SBU",
            false,
            "unknown_device",
            "unknown device 'inverter-9'"),
        new Bad(
            "unknown setting",
            ON,
            "solar/g/inverter-1/set/XYZ",
            "1",
            false,
            "unknown_setting",
            "inverter-1 has no writable setting 'XYZ'; it has: WFM, MCC, BUZ"),
        new Bad(
            "not allowlisted",
            WritePolicy.allowing(Set.of("WFM"), Duration.ofSeconds(30)),
            mcc,
            "50",
            false,
            "not_allowed",
            "setting MCC is not in the writes allowlist (writes.allow: [WFM])"),
        new Bad(
            "text for a number",
            ON,
            mcc,
            "fast",
            false,
            "bad_value",
            "MCC expects a number from 0 to 100 in steps of 1, got 'fast'"),
        new Bad(
            "out of range",
            ON,
            mcc,
            "150",
            false,
            "bad_value",
            "MCC 150 is out of range: expects a number from 0 to 100 in steps of 1"),
        new Bad(
            "off the step grid",
            ON,
            mcc,
            "50.5",
            false,
            "bad_value",
            "MCC 50.5 is off the step grid"),
        new Bad(
            "unknown option",
            ON,
            wfm,
            "GRID",
            false,
            "bad_value",
            "WFM expects one of SOL, UTI, SBU, got 'GRID'"),
        new Bad(
            "number for an option",
            ON,
            wfm,
            "{\"value\": 2}",
            false,
            "bad_value",
            "WFM expects one of SOL, UTI, SBU, got 2"),
        new Bad(
            "JSON without value",
            ON,
            wfm,
            "{\"option\": \"SBU\"}",
            false,
            "bad_value",
            "a JSON command must be an object with exactly one field, \"value\""),
        new Bad("broken JSON", ON, wfm, "{\"value\": ", false, "bad_value", "invalid JSON"),
        new Bad(
            "not on/off",
            ON,
            "solar/g/inverter-1/set/BUZ",
            "maybe",
            false,
            "bad_value",
            "BUZ expects ON or OFF, got 'maybe'"),
        new Bad(
            "runtime refuses",
            ON,
            mcc,
            "90",
            false,
            "invalid",
            "MCC 90 A exceeds the unit's 80 A"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCommands")
  void badCommandsAreRefusedWithASpecificMessageAndNeverWritten(Bad bad) {
    CommandProcessor processor = processor(bad.policy());
    Map<String, Object> result = send(processor, bad.topic(), bad.payload(), bad.retained());
    assertThat(result).containsEntry("ok", false).containsEntry("reason", bad.reason());
    assertThat((String) result.get("error")).startsWith(bad.message());
    assertThat(writer.writes()).isEmpty();
    assertThat(processor.metrics().rejected()).isEqualTo(1);
    assertThat(processor.metrics().accepted()).isZero();
  }

  @Test
  void aConfiguredDeviceNotReadYetIsNotCalledUnknown() {
    StatePublisher devices =
        new StatePublisher(
            BridgeSettings.defaults("g", "localhost", 1883, dir).withWrites(ON), outlet, clock);
    devices.retainOnly(Set.of("inverter-1"));
    CommandProcessor processor =
        new CommandProcessor(devices.topics(), ON, writer, devices, outlet, clock);
    assertThat(send(processor, "solar/g/inverter-1/set/WFM", "SBU", false))
        .containsEntry("reason", "invalid")
        .containsEntry(
            "error",
            "inverter-1 has not been read yet; send the command again after its first poll");
    assertThat(send(processor, "solar/g/inverter-7/set/WFM", "SBU", false))
        .containsEntry("reason", "unknown_device");
    assertThat(writer.writes()).isEmpty();
  }

  @Test
  void acceptedCommandsReachTheWriterAndReportTheReadBack() {
    CommandProcessor processor = processor(ON);
    assertThat(send(processor, "solar/g/inverter-1/set/WFM", "sbu", false))
        .containsEntry("ok", true)
        .containsEntry("device", "inverter-1")
        .containsEntry("code", "WFM")
        .containsEntry("value", "SBU")
        .containsEntry("read_back", "SBU");
    assertThat(send(processor, "solar/g/inverter-1/set/MCC", "{\"value\": 56}", false))
        .containsEntry("ok", true)
        .containsEntry("read_back", "56");
    assertThat(send(processor, "solar/g/inverter-1/set/BUZ", "{\"value\": false}", false))
        .containsEntry("read_back", "OFF");
    assertThat(writer.writes())
        .extracting(FakeWriter.Call::value)
        .containsExactly("SBU", "56", "OFF");
    assertThat(outlet.on("solar/g/inverter-1/set/WFM/result").get(0).retained()).isFalse();
  }

  @Test
  void aFloodIsRateLimitedAndCounted() {
    CommandProcessor processor = processor(ON);
    for (int i = 0; i < 50; i++) {
      processor.handle("solar/g/inverter-1/set/WFM", "SOL".getBytes(StandardCharsets.UTF_8), false);
      clock.advance(Duration.ofMillis(100));
    }
    assertThat(writer.writes()).hasSize(1);
    assertThat(processor.metrics().rateLimited()).isEqualTo(49);
    assertThat(outlet.on("solar/g/inverter-1/set/WFM/result").get(1).payload())
        .contains("\"reason\":\"rate_limited\"")
        .contains("WFM on inverter-1 was written 100 ms ago; the minimum interval is 30 s");
    clock.advance(Duration.ofSeconds(30));
    processor.handle("solar/g/inverter-1/set/WFM", "UTI".getBytes(StandardCharsets.UTF_8), false);
    assertThat(writer.writes()).hasSize(2);
    // another setting, another unit: their own budgets
    processor.handle("solar/g/inverter-2/set/WFM", "UTI".getBytes(StandardCharsets.UTF_8), false);
    assertThat(writer.writes()).hasSize(3);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aStackCommandFansOutToEveryUnitOfTheStack() {
    writer.failOn("inverter-2", "inverter-2 did not answer (timeout 1 s)");
    Map<String, Object> result =
        send(processor(ON), "solar/g/inverter-stack/set/WFM", "UTI", false);
    assertThat(writer.writes())
        .extracting(FakeWriter.Call::device)
        .containsExactly("inverter-1", "inverter-2");
    assertThat(result).containsEntry("ok", false).containsEntry("error", "1 of 2 units failed");
    Map<String, Object> units = (Map<String, Object>) result.get("units");
    assertThat(units.get("inverter-1")).isEqualTo(Map.of("ok", true, "read_back", "UTI"));
    assertThat(units.get("inverter-2"))
        .isEqualTo(Map.of("ok", false, "error", "inverter-2 did not answer (timeout 1 s)"));
  }

  @Test
  void aStackCommandRefusedByOneUnitWritesNone() {
    CommandProcessor processor = processor(ON);
    processor.handle(
        "solar/g/inverter-stack/set/WFM", "UTI".getBytes(StandardCharsets.UTF_8), false);
    assertThat(writer.writes()).hasSize(2);
  }
}
