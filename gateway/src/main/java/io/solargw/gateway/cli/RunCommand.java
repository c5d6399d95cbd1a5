package io.solargw.gateway.cli;

import io.solargw.config.BusConfig;
import io.solargw.config.ConfigException;
import io.solargw.config.ConfigLoader;
import io.solargw.config.LoadedConfig;
import io.solargw.gateway.runtime.GatewayRuntime;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code run}: the service. Polls every configured bus until stopped (Ctrl-C, SIGTERM). */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run the gateway: poll every configured bus and publish the values.",
      "The configuration comes from --config, or the file named by SOLAR_GATEWAY_CONFIG,",
      "overridden by SOLAR_GATEWAY_* environment variables (see docs/reference/configuration.md).",
      "A configuration error prints every problem with its key and line and exits with status 2."
    })
public final class RunCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      description =
          "Configuration file (YAML). Default: $SOLAR_GATEWAY_CONFIG, else environment only.")
  Path config;

  @Override
  public Integer call() throws Exception {
    Map<String, String> env = System.getenv();
    Path file = config != null ? config : envPath(env);
    LoadedConfig loaded;
    try {
      loaded = ConfigLoader.load(file, env);
    } catch (ConfigException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 2;
    }
    loaded.warnings().forEach(w -> LOG.warn("{}", w));
    CountDownLatch stopped = new CountDownLatch(1);
    GatewayRuntime runtime = new GatewayRuntime(loaded.config(), Clock.systemDefaultZone());
    try {
      LOG.info("solar-gateway {}: {}", loaded.config().gateway().id(), describe(loaded));
      Thread hook =
          new Thread(
              () -> {
                LOG.info("stopping");
                runtime.close();
                stopped.countDown();
              },
              "shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        runtime.start();
      } catch (java.io.IOException e) {
        spec.commandLine().getErr().println("error: " + e.getMessage() + " (set http.port)");
        runtime.close();
        return 2;
      }
      runtime
          .httpAddress()
          .ifPresent(
              a -> LOG.info("status page on http://{}:{}/health", a.getHostString(), a.getPort()));
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      runtime.close();
    }
    return 0;
  }

  private static Path envPath(Map<String, String> env) {
    String p = env.get("SOLAR_GATEWAY_CONFIG");
    return p == null || p.isBlank() ? null : Path.of(p);
  }

  private static String describe(LoadedConfig loaded) {
    var c = loaded.config();
    String buses = c.buses().stream().map(RunCommand::describe).collect(Collectors.joining("; "));
    String mqtt =
        c.mqtt().enabled()
            ? "publishing to mqtt://"
                + c.mqtt().host()
                + ":"
                + c.mqtt().port()
                + " under "
                + c.mqtt().baseTopic()
            : "MQTT disabled";
    return "polling " + (buses.isEmpty() ? "no bus" : buses) + "; " + mqtt;
  }

  private static String describe(BusConfig bus) {
    String devices =
        bus instanceof io.solargw.config.InverterBus inv
            ? inv.inverters().size() + " inverter(s)"
            : bus instanceof io.solargw.config.BmsBus bms
                ? bms.battery().packs() + " pack(s)"
                : "CAN frames";
    return bus.name()
        + ": "
        + devices
        + " on "
        + bus.transport().kind().keyword()
        + " "
        + bus.transport().describe();
  }
}
