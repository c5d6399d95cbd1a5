package io.solargw.gateway.demo;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code demo}: simulated inverters and battery packs, an embedded MQTT broker and the gateway, all
 * on this machine, no hardware needed.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run the whole thing without hardware: simulated inverters and battery packs on TCP,",
      "an embedded MQTT broker on 127.0.0.1 (unless --mqtt points to yours), the gateway",
      "polling them, and its status page. Stops with Ctrl-C."
    })
public final class DemoCommand implements Callable<Integer> {

  /** Output phase layout of the simulated stack. */
  public enum PhaseLayout {
    single,
    three
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--inverters",
      defaultValue = "2",
      description = "Simulated inverters, 1..9 (default ${DEFAULT-VALUE}).")
  int inverters;

  @Option(
      names = "--phase",
      defaultValue = "single",
      description = "single or three (default ${DEFAULT-VALUE}).")
  PhaseLayout phase;

  @Option(
      names = "--packs",
      defaultValue = "4",
      description = "Simulated battery packs, 1..15 (default ${DEFAULT-VALUE}).")
  int packs;

  @Option(
      names = "--mqtt",
      paramLabel = "URL",
      description = "Use this broker (tcp://host:port) instead of the embedded one.")
  URI mqtt;

  @Option(
      names = "--mqtt-port",
      defaultValue = "1883",
      description = "Port of the embedded broker (default ${DEFAULT-VALUE}).")
  int mqttPort;

  @Option(
      names = "--http-port",
      defaultValue = "8080",
      description = "Port of the status page (default ${DEFAULT-VALUE}).")
  int httpPort;

  @Option(
      names = "--speed",
      defaultValue = "60",
      description = "Simulated seconds per real second (default ${DEFAULT-VALUE}).")
  double speed;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String problem = checkArguments();
    if (problem != null) {
      err.println("error: " + problem);
      return 2;
    }
    boolean embedded = mqtt == null;
    String host = embedded ? "127.0.0.1" : mqtt.getHost();
    int port = embedded ? mqttPort : mqtt.getPort();
    Path data = Path.of(System.getProperty("java.io.tmpdir"), "solar-gateway-demo");
    DemoSystem demo;
    try {
      demo =
          DemoSystem.start(
              new DemoSystem.Options(
                  inverters,
                  phase == PhaseLayout.three,
                  packs,
                  speed,
                  embedded,
                  host,
                  port,
                  httpPort,
                  data));
    } catch (DemoSystem.StartException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    printHowToWatch(out, host, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  demo.close();
                  stopped.countDown();
                },
                "demo-shutdown"));
    stopped.await();
    return 0;
  }

  private String checkArguments() {
    if (inverters < 1 || inverters > 9) {
      return "--inverters must be in 1..9, got " + inverters;
    }
    if (packs < 1 || packs > 15) {
      return "--packs must be in 1..15, got " + packs;
    }
    if (phase == PhaseLayout.three && inverters < 3) {
      return "--phase three needs at least 3 inverters (one per phase), got " + inverters;
    }
    if (!(speed > 0 && speed <= 3600)) {
      return "--speed must be in (0, 3600], got " + speed;
    }
    if (mqtt != null && (mqtt.getHost() == null || mqtt.getPort() < 1)) {
      return "--mqtt must look like tcp://host:1883, got " + mqtt;
    }
    for (int p : new int[] {mqttPort, httpPort}) {
      if (p < 1 || p > 65535) {
        return "ports must be in 1..65535, got " + p;
      }
    }
    return null;
  }

  private void printHowToWatch(PrintWriter out, String host, int port) {
    out.printf(
        "%nSolar Gateway demo is running: %d simulated inverter(s) (%s-phase), %d battery pack(s).%n",
        inverters, phase, packs);
    out.printf(
        "  MQTT:   %s:%d  (watch: mosquitto_sub -h %s -p %d -t 'solar/demo/#' -v)%n",
        host, port, host, port);
    out.printf(
        "  Web:    http://127.0.0.1:%d/  (live page; also /api/state, /health, /metrics)%n",
        httpPort);
    out.printf(
        "  Home Assistant: point its MQTT integration at this broker; devices appear by themselves.%n");
    out.printf("Stop with Ctrl-C.%n");
    out.flush();
  }
}
