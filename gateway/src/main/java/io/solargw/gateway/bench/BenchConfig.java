package io.solargw.gateway.bench;

import java.net.InetSocketAddress;
import java.nio.file.Path;

/** The gateway configuration {@code bench} runs with: what {@code run} would read from a file. */
final class BenchConfig {

  private BenchConfig() {}

  /**
   * No MQTT, no HTTP, slow group only at the first cycle; each bus on the simulator's TCP port or,
   * with ptys, on its serial pty at the bench's baud rate.
   */
  static String yaml(
      int inverters,
      int packs,
      String inverterBus,
      String rackBus,
      BenchSettings settings,
      int fastSeconds,
      Path data) {
    StringBuilder y = new StringBuilder();
    y.append("gateway: {id: bench}\n");
    y.append("persistence: {directory: '").append(data).append("'}\n");
    y.append("buses:\n");
    y.append("  - name: inverters\n    protocol: inverter\n");
    link(y, inverterBus, settings);
    y.append("    gap_ms: ").append(settings.inverterGap().toMillis()).append('\n');
    y.append("    inverters:\n");
    for (int a = 1; a <= inverters; a++) {
      y.append("      - {address: ").append(a).append("}\n");
    }
    y.append("  - name: battery\n    protocol: bms\n");
    link(y, rackBus, settings);
    y.append("    gap_ms: ").append(settings.bmsGap().toMillis()).append('\n');
    y.append("    battery: {mode: all-packs, packs: ").append(packs).append("}\n");
    y.append("poll: {fast_s: ")
        .append(fastSeconds)
        .append(", slow_s: 86400, offline_poll_s: ")
        .append(fastSeconds)
        .append("}\n");
    y.append("mqtt: {enabled: false}\nhttp: {enabled: false}\n");
    return y.toString();
  }

  private static void link(StringBuilder y, String port, BenchSettings settings) {
    if (settings.ptys()) {
      y.append("    transport: serial\n    port: '").append(port).append("'\n");
      y.append("    baud: ").append(settings.baud()).append('\n');
    } else {
      y.append("    transport: tcp\n    port: ").append(port).append('\n');
    }
  }

  /** {@code host:port} of a simulator's TCP bus. */
  static String hostPort(InetSocketAddress a) {
    return a.getHostString() + ":" + a.getPort();
  }
}
