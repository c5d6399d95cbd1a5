package io.solargw.gateway.runtime;

import io.solargw.gateway.bus.BusWorker;
import io.solargw.gateway.http.BusView;
import io.solargw.gateway.http.CanView;
import io.solargw.gateway.http.HttpStatusServer;
import io.solargw.gateway.http.MqttMetrics;
import io.solargw.gateway.http.RouteTable;
import io.solargw.gateway.http.StatusSources;
import io.solargw.gateway.http.live.EventHub;
import io.solargw.gateway.http.live.LivePage;
import io.solargw.gateway.publish.MqttPublisher;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the HTTP status server ({@code /health}, {@code /metrics}, {@code /api/state} and, unless
 * {@code http.page} is off, the live page) for a runtime.
 */
record StatusEndpoint(HttpStatusServer server, InetSocketAddress address) {

  /** A bus is healthy while its last answer is less than this many poll intervals old. */
  static final int HEALTHY_WITHIN_INTERVALS = 3;

  static StatusEndpoint start(GatewayRuntime runtime) throws IOException {
    StatusSources sources =
        StatusSources.of(
            () -> runtime.registry().all(),
            () -> views(runtime),
            () -> runtime.canListeners().stream().map(CanView::of).toList(),
            runtime.mqtt().map(StatusEndpoint::metrics),
            HEALTHY_WITHIN_INTERVALS);
    RouteTable routes = RouteTable.standard(sources);
    if (runtime.config().http().page()) {
      LivePage live =
          new LivePage(sources, LiveVerdicts.of(runtime.config()), EventHub.Limits.DEFAULT);
      runtime.registry().addListener(r -> live.changed());
      routes = live.addTo(routes);
    }
    HttpStatusServer server = new HttpStatusServer(routes);
    InetSocketAddress bound =
        server.start(
            new InetSocketAddress(runtime.config().http().bind(), runtime.config().http().port()));
    return new StatusEndpoint(server, bound);
  }

  private static MqttMetrics metrics(MqttPublisher publisher) {
    return new MqttMetrics() {
      @Override
      public boolean connected() {
        return publisher.metrics().connected();
      }

      @Override
      public long publishes() {
        return publisher.metrics().publishes();
      }

      @Override
      public long dropped() {
        return publisher.metrics().dropped();
      }

      @Override
      public long reconnects() {
        return publisher.metrics().reconnects();
      }
    };
  }

  private static List<BusView> views(GatewayRuntime runtime) {
    List<BusView> views = new ArrayList<>();
    for (BusWorker w : runtime.workers()) {
      views.add(
          BusView.of(
              w,
              runtime.counters().get(w.busName()),
              runtime.config().poll().fast(),
              runtime.cycles().last(w.busName())));
    }
    return views;
  }
}
