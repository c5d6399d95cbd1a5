package io.solargw.gateway.http.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.solargw.config.ConfigLoader;
import io.solargw.gateway.poll.Availability;
import io.solargw.gateway.poll.DeviceReport;
import io.solargw.gateway.runtime.GatewayRuntime;
import io.solargw.gateway.transport.TcpRelay;
import io.solargw.mqtt.Mosquitto;
import io.solargw.sim.Simulation;
import io.solargw.sim.SimulationOptions;
import io.solargw.sim.scenario.ScenarioAction;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live page in a real headless Chromium, against the gateway runtime polling the simulators
 * (two inverters, three packs) with Mosquitto: the page shows the simulated devices, updates
 * without a reload when the simulator raises a fault and moves a cell, fits a phone's width, says
 * so when the stream drops and picks it up again, and never throws a JavaScript error.
 */
class LivePageChromiumIT {

  @TempDir Path dir;

  /** What the page shows, read from its DOM. */
  static final String VIEW =
      """
      !document.getElementById('conn') ? '{}' : JSON.stringify({
        events: Number(document.body.dataset.events || 0),
        conn: document.getElementById('conn').className,
        connText: document.getElementById('conn').textContent,
        inverters: [...document.querySelectorAll('#inverters [data-device]')].map(e => e.dataset.device),
        packs: [...document.querySelectorAll('#packs [data-device]')].map(e => e.dataset.device),
        cells: document.querySelectorAll('#packs .cell').length,
        pv1: document.querySelector('#inverters [data-device="inverter-1"] [data-field="pv"] dd')?.textContent,
        codes2: document.querySelector('#inverters [data-device="inverter-2"] [data-field="codes"]')?.textContent,
        cell5: Number(document.querySelector('#packs [data-device="pack-2"] [data-cell="5"]')?.textContent),
        cell6: Number(document.querySelector('#packs [data-device="pack-2"] [data-cell="6"]')?.textContent),
        checks: [...document.querySelectorAll('#checks [data-check]')].map(e => e.dataset.check + ' ' + e.dataset.device),
        buses: [...document.querySelectorAll('#buses [data-bus]')].map(e => e.dataset.bus),
        busCycle: document.querySelector('#buses [data-bus="inverters"] [data-field="cycle"] dd')?.textContent,
        marker: window.__notReloaded === true,
        overflow: document.documentElement.scrollWidth - window.innerWidth
      })""";

  /** The browser; a missing one fails under CI and skips, saying why, elsewhere. */
  private static Path chromium() {
    var chromium = HeadlessChromium.binary();
    if (chromium.isEmpty()) {
      String why = "chromium is not installed (Debian package chromium; .ci/run installs it)";
      if (System.getenv("CI") != null) {
        throw new AssertionError(why);
      }
      System.out.println("LivePageChromiumIT skipped: " + why);
      Assumptions.abort(why);
    }
    return chromium.get();
  }

  @Test
  void deviceTextIsShownAsTextNeverAsMarkup() throws Exception {
    String img = "<img src=x onerror=\"window.__pwned=1\">";
    LiveFixture site = new LiveFixture();
    site.put(
            LiveFixture.inverter(
                1, 100, LiveFixture.code(7, "fault", img, "<script>window.__pwned=2</script>")))
        .put(
            LiveFixture.pack(
                1, 3300, List.of(Map.of("label", "<i>OVP</i>", "description", "<u>x</u>"))));
    LivePage live =
        new LivePage(site.sources(), r -> java.util.Optional.empty(), EventHub.Limits.DEFAULT);
    try (var server =
            new io.solargw.gateway.http.HttpStatusServer(
                live.addTo(io.solargw.gateway.http.RouteTable.empty()));
        HeadlessChromium browser =
            HeadlessChromium.start(chromium(), Files.createDirectories(dir.resolve("chrome")))) {
      int port = server.start(io.solargw.gateway.http.HttpStatusServer.loopback(0)).getPort();
      try (DevTools page = browser.page()) {
        page.call("Runtime.enable", Map.of());
        page.call("Page.navigate", Map.of("url", "http://127.0.0.1:" + port + "/"));
        until(page, v -> v.path("inverters").size() == 1 && v.path("packs").size() == 1);
        JsonNode shown =
            page.eval(
                "JSON.stringify({markup: document.querySelectorAll('main img, main script, main i,"
                    + " main u').length, pwned: window.__pwned === undefined ? 0 : window.__pwned,"
                    + " codes: document.querySelector('[data-field=codes]').textContent,"
                    + " flags: document.querySelector('#packs .flags').textContent})");
        JsonNode v = new com.fasterxml.jackson.databind.ObjectMapper().readTree(shown.asText());
        assertThat(v.path("markup").asInt()).isZero();
        assertThat(v.path("pwned").asInt()).isZero();
        assertThat(v.path("codes").asText()).contains(img, "<script>window.__pwned=2</script>");
        assertThat(v.path("flags").asText()).isEqualTo("<i>OVP</i>: <u>x</u>");
        assertThat(errors(page, true)).isEmpty();
      }
    }
  }

  @Test
  void showsTheSimulatedSiteAndFollowsItLive() throws Exception {
    Path chromium = chromium();
    InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
    try (Mosquitto broker = Mosquitto.start(Files.createDirectories(dir.resolve("broker")));
        Simulation sim =
            Simulation.start(
                SimulationOptions.builder()
                    .inverters(2)
                    .packs(3)
                    .seed(11)
                    .speed(60)
                    .start(LocalDateTime.of(2026, 6, 21, 11, 0))
                    .inverterBind(any)
                    .rackBind(any)
                    .build());
        GatewayRuntime runtime = runtime(sim, broker.port())) {
      runtime.start();
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  List.of("inverter-1", "inverter-2", "pack-1", "pack-2", "pack-3").stream()
                      .allMatch(id -> online(runtime, id)));
      try (TcpRelay relay = new TcpRelay(runtime.httpAddress().orElseThrow().getPort());
          HeadlessChromium browser =
              HeadlessChromium.start(chromium, Files.createDirectories(dir.resolve("chrome")));
          DevTools page = browser.page()) {
        browse(page, sim, relay);
      }
    }
  }

  private void browse(DevTools page, Simulation sim, TcpRelay relay) throws Exception {
    page.call("Runtime.enable", Map.of());
    page.call("Log.enable", Map.of());
    page.call("Page.enable", Map.of());
    page.call(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
    page.call("Page.navigate", Map.of("url", "http://127.0.0.1:" + relay.port + "/"));

    JsonNode first =
        until(
            page,
            v ->
                v.path("conn").asText().equals("conn ok")
                    && v.path("inverters").size() == 2
                    && v.path("packs").size() == 3
                    && v.path("buses").size() == 2);
    assertThat(first.path("inverters").toString()).isEqualTo("[\"inverter-1\",\"inverter-2\"]");
    assertThat(first.path("packs").toString()).isEqualTo("[\"pack-1\",\"pack-2\",\"pack-3\"]");
    assertThat(first.path("cells").asInt()).isEqualTo(48); // 3 packs x 16 cells
    assertThat(first.path("pv1").asText()).matches("[0-9.]+ k?W.*");
    assertThat(first.path("codes2").asText()).isEqualTo("No fault or alarm active");
    assertThat(first.path("checks").toString())
        .contains("inverter.answers inverter-1", "rack.addresses rack", "pack.flags pack-2");
    assertThat(first.path("buses").toString()).isEqualTo("[\"inverters\",\"battery\"]");
    assertThat(first.path("overflow").asInt())
        .as("horizontal overflow on a phone")
        .isLessThanOrEqualTo(0);
    assertThat(errors(page, true)).isEmpty();

    // The simulator changes: the page follows without a reload.
    page.eval("window.__notReloaded = true");
    int cell6 = first.path("cell6").asInt();
    sim.scenarios().apply(new ScenarioAction.RaiseCode(2, 203));
    sim.scenarios().apply(new ScenarioAction.CellVoltage(2, 5, 300));
    JsonNode changed =
        until(
            page,
            v ->
                v.path("codes2").asText().contains("Off-grid output is overloaded")
                    && v.path("cell5").asInt() >= cell6 + 200);
    assertThat(changed.path("marker").asBoolean()).as("same page, not reloaded").isTrue();
    assertThat(changed.path("codes2").asText())
        .startsWith("fault 203 Off-grid output is overloaded")
        .contains("reducing");
    assertThat(changed.path("checks").toString()).contains("inverter.codes inverter-2");
    assertThat(changed.path("busCycle").asText()).matches("[0-9.]+ s, [0-9]+ transactions");

    // The stream drops (the gateway restarts, Wi-Fi goes): the page says so, then recovers.
    relay.stop();
    JsonNode dropped = until(page, v -> v.path("conn").asText().equals("conn bad"));
    assertThat(dropped.path("connText").asText()).contains("reconnecting");
    relay.start();
    int seen = dropped.path("events").asInt();
    JsonNode back =
        until(
            page,
            v -> v.path("conn").asText().equals("conn ok") && v.path("events").asInt() > seen);
    assertThat(back.path("marker").asBoolean()).isTrue();
    assertThat(errors(page, false)).isEmpty();
  }

  /** Polls the page's view until {@code done} holds (30 s). */
  private static JsonNode until(DevTools page, java.util.function.Predicate<JsonNode> done)
      throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    JsonNode v = null;
    while (System.nanoTime() < end) {
      v = new com.fasterxml.jackson.databind.ObjectMapper().readTree(page.eval(VIEW).asText());
      if (done.test(v)) {
        return v;
      }
      Thread.sleep(200);
    }
    throw new AssertionError(
        "the page never got there; it shows " + v + "; errors " + errors(page, true));
  }

  /**
   * JavaScript exceptions and console errors; with {@code network}, also the browser's own error
   * log (failed loads), which a deliberately dropped stream fills with refused connections.
   */
  private static List<String> errors(DevTools page, boolean network) {
    List<String> out = new java.util.ArrayList<>();
    page.events("Runtime.exceptionThrown").forEach(e -> out.add(e.toString()));
    page.events("Runtime.consoleAPICalled").stream()
        .filter(e -> e.at("/params/type").asText().equals("error"))
        .forEach(e -> out.add(e.toString()));
    if (network) {
      page.events("Log.entryAdded").stream()
          .filter(e -> e.at("/params/entry/level").asText().equals("error"))
          .forEach(e -> out.add(e.toString()));
    }
    return out;
  }

  private static boolean online(GatewayRuntime runtime, String id) {
    return runtime.registry().get(id).map(DeviceReport::availability).orElse(null)
        == Availability.ONLINE;
  }

  private GatewayRuntime runtime(Simulation sim, int mqttPort) throws Exception {
    int httpPort;
    try (ServerSocket s = new ServerSocket(0)) {
      httpPort = s.getLocalPort();
    }
    String yaml =
        """
        gateway: {id: live}
        persistence: {directory: '%s'}
        poll: {fast_s: 1, slow_s: 5, unavailable_after: 2, offline_poll_s: 1}
        mqtt: {host: 127.0.0.1, port: %d}
        http: {port: %d, page: true}
        buses:
          - {name: inverters, protocol: inverter, transport: tcp, port: '127.0.0.1:%d',
             timeout_ms: 500, gap_ms: 5, retries: 0, inverters: [{address: 1}, {address: 2}]}
          - {name: battery, protocol: bms, transport: tcp, port: '127.0.0.1:%d',
             timeout_ms: 1500, gap_ms: 5, battery: {mode: all-packs, packs: 3, address: 1}}
        """
            .formatted(
                dir.resolve("data"),
                mqttPort,
                httpPort,
                sim.inverterBus().getPort(),
                sim.rackBus().getPort());
    return new GatewayRuntime(
        ConfigLoader.load(yaml, "live.yaml", dir, Map.of()).config(), Clock.systemUTC());
  }
}
