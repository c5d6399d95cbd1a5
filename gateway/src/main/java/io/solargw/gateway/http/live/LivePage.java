package io.solargw.gateway.http.live;

import io.solargw.gateway.http.HttpReply;
import io.solargw.gateway.http.RouteTable;
import io.solargw.gateway.http.StatusSources;
import io.solargw.gateway.http.internal.JsonText;
import io.solargw.gateway.poll.DeviceReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The live web page: {@code /} (HTML), {@code /live.css}, {@code /live.js} from the jar, {@code
 * /api/live} (the state it draws, once) and {@code /api/events} (the same state as Server-Sent
 * Events). No build step, no external resources; the page builds its DOM with {@code textContent},
 * so no device value is ever parsed as HTML.
 *
 * <pre>{@code
 * LivePage live = new LivePage(sources, verdicts, EventHub.Limits.DEFAULT);
 * registry.addListener(r -> live.changed());
 * new HttpStatusServer(live.addTo(RouteTable.standard(sources)));
 * }</pre>
 */
public final class LivePage {

  /**
   * Same origin only, no inline script or style: a value that slipped into markup could not run.
   */
  static final String POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';"
          + " img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private final LivePayload payload;
  private final EventHub hub;

  /**
   * The page over {@code sources}.
   *
   * @param verdicts the commissioning report (as JSON) over the latest reports, empty when there is
   *     nothing to check
   */
  public LivePage(
      StatusSources sources,
      Function<Map<String, DeviceReport>, Optional<Map<String, Object>>> verdicts,
      EventHub.Limits limits) {
    this.payload = new LivePayload(sources, verdicts);
    this.hub = new EventHub(() -> JsonText.compact(payload.tree()), limits, sources.nanoTime());
  }

  /** {@code routes} plus the page's. */
  public RouteTable addTo(RouteTable routes) {
    HttpReply html = asset("index.html", HttpReply.HTML);
    HttpReply css = asset("live.css", "text/css; charset=utf-8");
    HttpReply js = asset("live.js", "text/javascript; charset=utf-8");
    return routes
        .with("/", t -> html)
        .with("/live.css", t -> css)
        .with("/live.js", t -> js)
        .with("/api/live", t -> HttpReply.json(200, JsonText.of(payload.tree())))
        .withStream("/api/events", hub);
  }

  /** A device reported: the pages get the new state with the next event. Any thread. */
  public void changed() {
    hub.changed();
  }

  /** The event hub (client count, for tests and metrics). */
  public EventHub hub() {
    return hub;
  }

  private static HttpReply asset(String name, String type) {
    try (InputStream in = LivePage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("live page resource " + name + " is missing from the jar");
      }
      String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new HttpReply(
          200,
          type,
          body,
          Map.of("Content-Security-Policy", POLICY, "X-Content-Type-Options", "nosniff"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read live page resource " + name, e);
    }
  }
}
