package io.solargw.gateway.http.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Debian {@code chromium} package started headless for one test, with a fresh profile and every
 * background service off (on a closed network they would only retry forever), driven through its
 * DevTools port. {@link #close()} kills the browser and all its helper processes.
 */
final class HeadlessChromium implements AutoCloseable {

  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Deque<String> output = new ArrayDeque<>();
  private final CompletableFuture<URI> browser = new CompletableFuture<>();
  private final HttpClient http = HttpClient.newHttpClient();

  /** The browser binary: {@code $CHROMIUM}, else {@code /usr/bin/chromium}, if installed. */
  static Optional<Path> binary() {
    Path p = Path.of(Optional.ofNullable(System.getenv("CHROMIUM")).orElse("/usr/bin/chromium"));
    return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
  }

  private HeadlessChromium(Path binary, Path profile) throws Exception {
    // Its singleton socket directory too goes below the test's directory, not into /tmp.
    Path tmp = Files.createDirectories(profile.resolveSibling(profile.getFileName() + "-tmp"));
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    binary.toString(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--disable-extensions",
                    "--mute-audio",
                    "--user-data-dir=" + profile,
                    "--remote-debugging-address=127.0.0.1",
                    "--remote-debugging-port=0",
                    "about:blank"))
            .redirectErrorStream(true);
    builder.environment().put("TMPDIR", tmp.toString());
    process = builder.start();
    Thread reader = new Thread(this::readOutput, "chromium-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts the browser with {@code profile} (a new, empty directory) as its user data. */
  static HeadlessChromium start(Path binary, Path profile) throws Exception {
    HeadlessChromium c = new HeadlessChromium(binary, profile);
    try {
      c.browser.get(60, TimeUnit.SECONDS);
      return c;
    } catch (Exception e) {
      c.close();
      throw new AssertionError("chromium did not open its DevTools port:\n" + c.output(), e);
    }
  }

  private void readOutput() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        Matcher m = LISTENING.matcher(line);
        if (m.find()) {
          browser.complete(URI.create(m.group(1)));
        }
        synchronized (output) {
          output.addLast(line);
          if (output.size() > 40) {
            output.removeFirst();
          }
        }
      }
    } catch (java.io.IOException e) {
      // the browser is gone
    }
    browser.completeExceptionally(new IllegalStateException("chromium exited"));
  }

  /** The browser's last lines of output (for failure messages). */
  String output() {
    synchronized (output) {
      return String.join("\n", output);
    }
  }

  /** A DevTools session with the browser's first page. */
  DevTools page() throws Exception {
    URI ws = browser.get();
    URI list = URI.create("http://" + ws.getHost() + ":" + ws.getPort() + "/json/list");
    String body =
        http.send(HttpRequest.newBuilder(list).build(), HttpResponse.BodyHandlers.ofString())
            .body();
    for (JsonNode target : JSON.readTree(body)) {
      if ("page".equals(target.path("type").asText())) {
        return DevTools.connect(http, URI.create(target.get("webSocketDebuggerUrl").asText()));
      }
    }
    throw new AssertionError("chromium has no page target: " + body);
  }

  /** Kills the browser and every process it started (renderers, GPU and network services). */
  @Override
  public void close() {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (ProcessHandle child : children) {
      child.destroyForcibly();
      try {
        child.onExit().get(5, TimeUnit.SECONDS);
      } catch (Exception e) {
        // already gone, or it will be reaped by init; nothing else to do
      }
    }
  }
}
