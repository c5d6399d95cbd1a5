package io.solargw.gateway.publish;

import io.solargw.config.GatewayConfig;
import io.solargw.config.MqttConfig;
import io.solargw.config.MqttVersion;
import io.solargw.gateway.poll.DeviceReport;
import io.solargw.gateway.poll.ReportSink;
import io.solargw.gateway.write.BusSettingWriter;
import io.solargw.gateway.write.SettingEntities;
import io.solargw.gateway.write.WriteTargets;
import io.solargw.mqtt.BridgeMetrics;
import io.solargw.mqtt.BridgeSettings;
import io.solargw.mqtt.Deadbands;
import io.solargw.mqtt.MqttBridge;
import io.solargw.mqtt.WritePolicy;
import io.solargw.mqtt.client.BrokerSettings;
import io.solargw.mqtt.client.MqttProtocol;
import io.solargw.mqtt.client.TlsSettings;
import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes every device report to MQTT through the bridge (state topics, availability, events,
 * Home Assistant discovery) and hands settings commands (when the config's {@code writes:} section
 * enables them) to a {@link BusSettingWriter}; inverter states carry their allowlisted settings.
 */
public final class MqttPublisher implements ReportSink, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(MqttPublisher.class);

  /** How long a command waits for its write transaction, bus queue included. */
  private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(15);

  private final MqttBridge bridge;
  private final SettingEntities entities;

  private MqttPublisher(MqttBridge bridge, SettingEntities entities) {
    this.bridge = bridge;
    this.entities = entities;
  }

  /**
   * Connects (in the background) as configured, announces the configured devices, and writes
   * settings commands to the inverters of {@code targets}.
   */
  public static MqttPublisher start(
      GatewayConfig config, Set<String> deviceIds, WriteTargets targets) {
    BridgeSettings settings = settings(config);
    MqttBridge bridge =
        MqttBridge.start(settings, new BusSettingWriter(targets, settings.writes(), WRITE_TIMEOUT));
    bridge.configuredDevices(deviceIds);
    return new MqttPublisher(bridge, new SettingEntities(targets, settings.writes()));
  }

  @Override
  public void accept(DeviceReport report) {
    try {
      bridge.publish(entities.addTo(StateMapper.map(report)));
    } catch (IllegalArgumentException e) {
      // A value the bridge cannot carry (odd key): drop that report, keep the gateway running.
      LOG.warn("mqtt: cannot publish {}: {}", report.deviceId(), e.getMessage());
    }
  }

  /** Publishes the last poll cycle of every bus on {@code <base>/gateway/stats}. */
  public void publishStats(java.util.Map<String, ?> cycles) {
    bridge.publishStats(cycles);
  }

  /** Counters for /metrics. */
  public BridgeMetrics metrics() {
    return bridge.metrics();
  }

  @Override
  public void close() {
    bridge.close();
  }

  static BridgeSettings settings(GatewayConfig config) {
    MqttConfig m = config.mqtt();
    BrokerSettings broker =
        BrokerSettings.plain(m.host(), m.port(), m.clientId())
            .withProtocol(m.protocol() == MqttVersion.V5 ? MqttProtocol.V5 : MqttProtocol.V3_1_1)
            .withTls(
                new TlsSettings(
                    m.tls().enabled(),
                    m.tls().caFile(),
                    m.tls().certFile(),
                    m.tls().keyFile(),
                    m.tls().insecure()));
    if (m.username().isPresent()) {
      broker =
          broker.withCredentials(m.username().get(), m.password().map(s -> s.value()).orElse(""));
    }
    var d = m.deadband();
    Deadbands deadbands =
        new Deadbands(
            d.voltageVolts(),
            d.currentAmps(),
            d.powerWatts(),
            d.temperatureCelsius(),
            d.socPercent(),
            d.energyKilowattHours(),
            Deadbands.DEFAULT.frequencyHertz());
    return new BridgeSettings(
        config.gateway().id(),
        m.baseTopic(),
        m.discovery(),
        m.discoveryPrefix(),
        m.refresh(),
        deadbands,
        writes(config),
        config.persistence().directory(),
        broker,
        version());
  }

  static WritePolicy writes(GatewayConfig config) {
    var w = config.writes();
    return new WritePolicy(w.enabled(), Set.copyOf(w.allow()), w.minInterval());
  }

  private static String version() {
    String v = MqttPublisher.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
