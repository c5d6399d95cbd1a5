package io.solargw.config.internal.bind;

import io.solargw.config.BusConfig;
import io.solargw.config.GatewayConfig;
import io.solargw.config.GatewayIdentity;
import io.solargw.config.MqttConfig;
import io.solargw.config.WritesConfig;
import io.solargw.config.internal.Problems;
import io.solargw.config.internal.yaml.MapNode;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns the checked tree into a {@link GatewayConfig}, reporting every value that does not parse or
 * does not fit. Where a value is wrong a valid stand-in is used so that the rest can still be
 * checked; the result is only returned to callers when no error was reported.
 */
public final class ConfigBinder {

  private ConfigBinder() {}

  /**
   * @param root the tree after schema check and environment overrides
   * @param base the folder relative paths start from
   * @param problems where problems go
   */
  public static GatewayConfig bind(MapNode root, Path base, Problems problems) {
    Fields top = new Fields(root, "", problems);
    GatewayIdentity gateway = SectionBinders.gateway(top.section("gateway"));
    List<BusConfig> buses = BusBinder.bind(top, base);
    MqttConfig mqtt = MqttBinder.bind(top.section("mqtt"), gateway.id(), base);
    WritesConfig writes = WritesBinder.bind(top.section("writes"));
    if (writes.enabled() && !mqtt.enabled()) {
      top.section("writes")
          .warning("enabled", "setting writes arrive over MQTT, which is disabled (mqtt.enabled)");
    }
    return new GatewayConfig(
        gateway,
        SectionBinders.persistence(top.section("persistence"), base),
        buses,
        SectionBinders.poll(top.section("poll")),
        mqtt,
        SectionBinders.http(top.section("http")),
        writes,
        SectionBinders.logging(top.section("logging")));
  }
}
