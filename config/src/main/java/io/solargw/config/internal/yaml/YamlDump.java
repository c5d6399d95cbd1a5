package io.solargw.config.internal.yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.solargw.config.BmsBus;
import io.solargw.config.BusConfig;
import io.solargw.config.BusProtocol;
import io.solargw.config.GatewayConfig;
import io.solargw.config.InverterBus;
import io.solargw.config.InverterConfig;
import io.solargw.config.MqttConfig;
import io.solargw.config.SerialTransport;
import io.solargw.config.SlcanTransport;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a {@link GatewayConfig} back as YAML in the file's own keys, every default spelled out and
 * the password replaced by {@code ***}.
 */
public final class YamlDump {

  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .build());

  private YamlDump() {}

  /** The YAML text. */
  public static String of(GatewayConfig config) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("gateway", Map.of("id", config.gateway().id()));
    root.put("persistence", Map.of("directory", config.persistence().directory().toString()));
    root.put("buses", config.buses().stream().map(YamlDump::bus).toList());
    Map<String, Object> poll = new LinkedHashMap<>();
    poll.put("fast_s", config.poll().fast().toSeconds());
    poll.put("slow_s", config.poll().slow().toSeconds());
    poll.put("unavailable_after", config.poll().unavailableAfter());
    poll.put("offline_poll_s", config.poll().offlinePoll().toSeconds());
    root.put("poll", poll);
    root.put("mqtt", mqtt(config.mqtt()));
    Map<String, Object> http = new LinkedHashMap<>();
    http.put("enabled", config.http().enabled());
    http.put("bind", config.http().bind());
    http.put("port", config.http().port());
    http.put("page", config.http().page());
    root.put("http", http);
    Map<String, Object> writes = new LinkedHashMap<>();
    writes.put("enabled", config.writes().enabled());
    writes.put("allow", config.writes().allow());
    writes.put("min_interval_s", config.writes().minInterval().toSeconds());
    root.put("writes", writes);
    root.put("logging", Map.of("level", config.logging().level().keyword()));
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      // Only strings, numbers, booleans, lists and maps go in: writing them cannot fail.
      throw new IllegalStateException("cannot write the configuration as YAML", e);
    }
  }

  private static Map<String, Object> bus(BusConfig bus) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", bus.name());
    out.put("protocol", bus.protocol().keyword());
    out.put("transport", bus.transport().kind().keyword());
    out.put("port", bus.transport().describe());
    if (bus.transport() instanceof SerialTransport serial) {
      out.put("baud", serial.baud());
      out.put("framing", serial.framing().toString());
    } else if (bus.transport() instanceof SlcanTransport slcan) {
      out.put("baud", slcan.baud());
    }
    out.put("timeout_ms", bus.timing().timeout().toMillis());
    if (bus.protocol() != BusProtocol.CAN) {
      out.put("retries", bus.timing().retries());
      out.put("gap_ms", bus.timing().gap().toMillis());
    }
    if (bus instanceof InverterBus inverters) {
      out.put("inverters", inverters.inverters().stream().map(YamlDump::inverter).toList());
    } else if (bus instanceof BmsBus bms) {
      Map<String, Object> battery = new LinkedHashMap<>();
      battery.put("mode", bms.battery().mode().keyword());
      battery.put("packs", bms.battery().packs());
      battery.put("protocol_version", bms.battery().protocolVersion().hex());
      battery.put("address", bms.battery().address());
      out.put("battery", battery);
    }
    return out;
  }

  private static Map<String, Object> inverter(InverterConfig inverter) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("address", inverter.address());
    inverter.name().ifPresent(name -> out.put("name", name));
    inverter.profile().ifPresent(profile -> out.put("profile", profile.toString()));
    inverter.phase().ifPresent(phase -> out.put("phase", phase.keyword()));
    return out;
  }

  private static Map<String, Object> mqtt(MqttConfig mqtt) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("enabled", mqtt.enabled());
    out.put("host", mqtt.host());
    out.put("port", mqtt.port());
    out.put("protocol", mqtt.protocol().keyword());
    mqtt.username().ifPresent(user -> out.put("username", user));
    mqtt.password().ifPresent(secret -> out.put("password", secret.toString()));
    out.put("client_id", mqtt.clientId());
    out.put("base_topic", mqtt.baseTopic());
    out.put("discovery", mqtt.discovery());
    out.put("discovery_prefix", mqtt.discoveryPrefix());
    out.put("refresh_s", mqtt.refresh().toSeconds());
    Map<String, Object> deadband = new LinkedHashMap<>();
    deadband.put("voltage_V", mqtt.deadband().voltageVolts());
    deadband.put("current_A", mqtt.deadband().currentAmps());
    deadband.put("power_W", mqtt.deadband().powerWatts());
    deadband.put("temperature_C", mqtt.deadband().temperatureCelsius());
    deadband.put("soc_pct", mqtt.deadband().socPercent());
    deadband.put("energy_kWh", mqtt.deadband().energyKilowattHours());
    out.put("deadband", deadband);
    Map<String, Object> tls = new LinkedHashMap<>();
    tls.put("enabled", mqtt.tls().enabled());
    mqtt.tls().caFile().ifPresent(file -> tls.put("ca_file", file.toString()));
    mqtt.tls().certFile().ifPresent(file -> tls.put("cert_file", file.toString()));
    mqtt.tls().keyFile().ifPresent(file -> tls.put("key_file", file.toString()));
    tls.put("insecure", mqtt.tls().insecure());
    out.put("tls", tls);
    return out;
  }
}
