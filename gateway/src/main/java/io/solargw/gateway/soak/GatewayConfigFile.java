package io.solargw.gateway.soak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The configuration file of the gateway under test: both simulated buses over TCP, one broker. */
final class GatewayConfigFile {

  static final String ID = "soak";
  static final String BASE = "solar/" + ID;

  private GatewayConfigFile() {}

  static Path write(Path dir, int inverters, int packs, int inverterPort, int rackPort, int mqtt)
      throws IOException {
    StringBuilder units = new StringBuilder();
    for (int i = 1; i <= inverters; i++) {
      units.append(i == 1 ? "" : ", ").append("{address: ").append(i).append('}');
    }
    String yaml =
        """
        gateway: {id: %s}
        persistence: {directory: '%s'}
        poll: {fast_s: 1, slow_s: 5, unavailable_after: 3, offline_poll_s: 2}
        mqtt: {host: 127.0.0.1, port: %d, refresh_s: 60}
        http: {enabled: false}
        buses:
          - {name: inverters, protocol: inverter, transport: tcp, port: '127.0.0.1:%d',
             timeout_ms: 500, gap_ms: 5, retries: 2, inverters: [%s]}
          - {name: battery, protocol: bms, transport: tcp, port: '127.0.0.1:%d',
             gap_ms: 5, retries: 2, battery: {mode: all-packs, packs: %d, address: 1}}
        """
            .formatted(ID, dir.resolve("data"), mqtt, inverterPort, units, rackPort, packs);
    Path file = dir.resolve("gateway.yaml");
    Files.writeString(file, yaml);
    return file;
  }
}
