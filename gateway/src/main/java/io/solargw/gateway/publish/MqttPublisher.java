package io.solargw.gateway.publish;

import io.solargw.config.GatewayConfig;
import io.solargw.config.MqttConfig;
import io.solargw.config.MqttVersion;
import io.solargw.gateway.poll.DeviceReport;
import io.solargw.gateway.poll.ReportSink;
import io.solargw.mqtt.BridgeMetrics;
import io.solargw.mqtt.BridgeSettings;
import io.solargw.mqtt.Deadbands;
import io.solargw.mqtt.MqttBridge;
import io.solargw.mqtt.SettingCheck;
import io.solargw.mqtt.SettingWriter;
import io.solargw.mqtt.WritePolicy;
import io.solargw.mqtt.WriteResult;
import io.solargw.mqtt.client.BrokerSettings;
import io.solargw.mqtt.client.MqttProtocol;
import io.solargw.mqtt.client.TlsSettings;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes every device report to MQTT through the bridge (state topics, availability, events,
 * Home Assistant discovery). Settings writes are not wired to the buses in this version: the bridge
 * keeps them off and refuses any command with a clear message.
 */
public final class MqttPublisher implements ReportSink, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(MqttPublisher.class);

  private final MqttBridge bridge;

  private MqttPublisher(MqttBridge bridge) {
    this.bridge = bridge;
  }

  /** Connects (in the background) as configured and announces the configured devices. */
  public static MqttPublisher start(GatewayConfig config, Set<String> deviceIds) {
    MqttBridge bridge = MqttBridge.start(settings(config), new NoWrites());
    bridge.configuredDevices(deviceIds);
    return new MqttPublisher(bridge);
  }

  @Override
  public void accept(DeviceReport report) {
    try {
      bridge.publish(StateMapper.map(report));
    } catch (IllegalArgumentException e) {
      // A value the bridge cannot carry (odd key): drop that report, keep the gateway running.
      LOG.warn("mqtt: cannot publish {}: {}", report.deviceId(), e.getMessage());
    }
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
        WritePolicy.DISABLED,
        config.persistence().directory(),
        broker,
        version());
  }

  private static String version() {
    String v = MqttPublisher.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  /** Refuses every write: setting writes through MQTT are not wired to the buses yet. */
  private static final class NoWrites implements SettingWriter {
    @Override
    public SettingCheck validate(String deviceId, String code, io.solargw.mqtt.SettingValue value) {
      return new SettingCheck.Invalid("settings writes are not available in this version");
    }

    @Override
    public WriteResult write(String deviceId, String code, io.solargw.mqtt.SettingValue value) {
      return new WriteResult.Failed("settings writes are not available in this version");
    }
  }
}
