package io.solargw.gateway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.gateway.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo as a user runs it: simulators, embedded broker and gateway; an independent MQTT client
 * (mosquitto_sub) sees the states and the Home Assistant discovery; a port in use is one clear
 * line.
 */
class DemoIT {

  @TempDir Path data;

  @Test
  void statesAndDiscoveryReachAnIndependentMqttClient() throws Exception {
    int mqttPort = freePort();
    int httpPort = freePort();
    try (DemoSystem demo =
        DemoSystem.start(
            new DemoSystem.Options(2, false, 4, 60, true, "127.0.0.1", mqttPort, httpPort, data))) {
      String state = subscribeOnce(mqttPort, "solar/demo/inverter-1/state");
      assertThat(state).contains("\"device\":\"inverter-1\"", "battery_voltage_V", "pv_power_W");
      String pack = subscribeOnce(mqttPort, "solar/demo/pack-4/state");
      assertThat(pack).contains("cells_mV");
      String gateway = subscribeOnce(mqttPort, "solar/demo/gateway/state");
      assertThat(gateway).contains("\"kind\":\"gateway\"", "pv_energy_total_kWh");
      String stats = subscribeOnce(mqttPort, "solar/demo/gateway/stats");
      assertThat(stats).contains("\"transactions\"", "\"duration_s\"", "\"mqtt\"");
      String discovery =
          subscribeOnce(mqttPort, "homeassistant/device/solargw_demo_inverter-1/config");
      assertThat(discovery).contains("\"unique_id\"", "solargw_demo_inverter-1");
    }
  }

  @Test
  void aTakenPortIsOneLineNamingTheOption() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      StringWriter err = new StringWriter();
      int code =
          Main.commandLine()
              .setErr(new PrintWriter(err))
              .execute(
                  "demo",
                  "--mqtt-port",
                  Integer.toString(taken.getLocalPort()),
                  "--http-port",
                  Integer.toString(freePort()));
      assertThat(code).isEqualTo(2);
      assertThat(err.toString().strip().lines()).hasSize(1);
      assertThat(err.toString()).contains("already in use", "--mqtt-port");
    }
  }

  @Test
  void badArgumentsAreOneLineAndExitTwo() {
    StringWriter err = new StringWriter();
    int code =
        Main.commandLine()
            .setErr(new PrintWriter(err))
            .execute("demo", "--phase", "three", "--inverters", "2");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--phase three needs at least 3 inverters");
  }

  private static String subscribeOnce(int port, String topic) throws Exception {
    Process p =
        new ProcessBuilder(
                "mosquitto_sub",
                "-h",
                "127.0.0.1",
                "-p",
                Integer.toString(port),
                "-t",
                topic,
                "-C",
                "1",
                "-W",
                "30")
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(40, TimeUnit.SECONDS)).as("mosquitto_sub finished").isTrue();
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
