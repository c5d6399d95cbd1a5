package io.solargw.gateway.demo;

import java.nio.file.Path;

/** The gateway configuration the demo runs with, as the YAML a user would write. */
final class DemoConfig {

  private DemoConfig() {}

  /** Connections of the demo: where the simulators, the broker and the status page are. */
  record Endpoints(int inverterPort, int rackPort, String mqttHost, int mqttPort, int httpPort) {}

  static String yaml(int inverters, boolean threePhase, int packs, Endpoints e, Path data) {
    StringBuilder y = new StringBuilder();
    y.append("gateway:\n  id: demo\n");
    y.append("persistence:\n  directory: '").append(data).append("'\n");
    y.append("poll:\n  fast_s: 2\n  slow_s: 30\n");
    y.append("mqtt:\n  host: ").append(e.mqttHost()).append("\n  port: ").append(e.mqttPort());
    y.append("\n  protocol: 3.1.1\n");
    y.append("http:\n  port: ").append(e.httpPort()).append('\n');
    y.append("buses:\n");
    y.append("  - name: inverters\n    protocol: inverter\n    transport: tcp\n");
    y.append("    port: 127.0.0.1:").append(e.inverterPort()).append("\n    gap_ms: 20\n");
    y.append("    inverters:\n");
    for (int i = 1; i <= inverters; i++) {
      y.append("      - address: ").append(i).append('\n');
      if (threePhase) {
        y.append("        phase: L").append((i - 1) % 3 + 1).append('\n');
      }
    }
    y.append("  - name: battery\n    protocol: bms\n    transport: tcp\n");
    y.append("    port: 127.0.0.1:").append(e.rackPort()).append("\n    gap_ms: 20\n");
    y.append("    battery:\n      mode: all-packs\n      packs: ").append(packs);
    y.append("\n      address: 1\n");
    return y.toString();
  }
}
