package io.solargw.gateway.demo;

import io.solargw.config.ConfigException;
import io.solargw.config.ConfigLoader;
import io.solargw.config.GatewayConfig;
import io.solargw.gateway.runtime.GatewayRuntime;
import io.solargw.sim.Simulation;
import io.solargw.sim.SimulationOptions;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * Everything the demo runs: an optional embedded broker, the simulators on loopback TCP, and the
 * gateway configured to poll them, publish to the broker and serve its status page.
 */
public final class DemoSystem implements AutoCloseable {

  /** What to run. */
  public record Options(
      int inverters,
      boolean threePhase,
      int packs,
      double speed,
      boolean embeddedBroker,
      String mqttHost,
      int mqttPort,
      int httpPort,
      Path dataDirectory) {}

  /** Which part failed to start: tells the user which option to change. */
  public static final class StartException extends Exception {
    private static final long serialVersionUID = 1L;

    StartException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private EmbeddedBroker broker;
  private Simulation sim;
  private GatewayRuntime runtime;

  private DemoSystem() {}

  /** Starts broker, simulators and gateway; on failure stops what was started. */
  public static DemoSystem start(Options o) throws StartException, IOException {
    DemoSystem d = new DemoSystem();
    try {
      d.startParts(o);
      return d;
    } catch (StartException | IOException | RuntimeException e) {
      d.close();
      throw e;
    }
  }

  private void startParts(Options o) throws StartException, IOException {
    if (o.embeddedBroker()) {
      broker = new EmbeddedBroker(o.mqttPort());
      try {
        broker.start();
      } catch (IOException e) {
        throw new StartException(
            "MQTT " + e.getMessage() + " (choose another with --mqtt-port)", e);
      }
    }
    InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
    try {
      sim =
          Simulation.start(
              SimulationOptions.builder()
                  .inverters(o.inverters())
                  .threePhase(o.threePhase())
                  .packs(o.packs())
                  .speed(o.speed())
                  .start(LocalDateTime.now().withHour(10).withMinute(0))
                  .inverterBind(any)
                  .rackBind(any)
                  .build());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while starting the simulators", e);
    }
    runtime = new GatewayRuntime(config(o), Clock.systemDefaultZone());
    try {
      runtime.start();
    } catch (IOException e) {
      throw new StartException("HTTP " + e.getMessage() + " (choose another with --http-port)", e);
    }
  }

  private GatewayConfig config(Options o) throws IOException {
    Path data = Files.createDirectories(o.dataDirectory());
    DemoConfig.Endpoints endpoints =
        new DemoConfig.Endpoints(
            sim.inverterBus().getPort(),
            sim.rackBus().getPort(),
            o.mqttHost(),
            o.mqttPort(),
            o.httpPort());
    String yaml = DemoConfig.yaml(o.inverters(), o.threePhase(), o.packs(), endpoints, data);
    try {
      return ConfigLoader.load(yaml, "demo", data, Map.of()).config();
    } catch (ConfigException e) {
      throw new IllegalStateException(
          "the demo's own configuration is invalid: " + e.getMessage(), e);
    }
  }

  /** The running gateway. */
  public GatewayRuntime runtime() {
    return runtime;
  }

  /** The running simulators. */
  public Simulation simulation() {
    return sim;
  }

  @Override
  public void close() {
    if (runtime != null) {
      runtime.close();
    }
    if (sim != null) {
      sim.close();
    }
    if (broker != null) {
      broker.close();
    }
  }
}
