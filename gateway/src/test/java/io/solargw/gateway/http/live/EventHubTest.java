package io.solargw.gateway.http.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.solargw.gateway.http.EventSink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The hub's rules on a hand-driven clock: when it sends, to whom, and whom it drops. */
class EventHubTest {

  static final long MS = 1_000_000L;
  static final EventHub.Limits LIMITS =
      new EventHub.Limits(
          Duration.ofMillis(100),
          Duration.ofMillis(500),
          Duration.ofSeconds(5),
          Duration.ofSeconds(2),
          3);

  final AtomicLong nanos = new AtomicLong(1_000_000 * MS);
  final AtomicInteger builds = new AtomicInteger();
  final EventHub hub =
      new EventHub(() -> "{\"n\":" + builds.incrementAndGet() + "}", LIMITS, nanos::get);

  /** A client whose buffer the test fills and empties. */
  static final class Sink implements EventSink {
    final List<String> got = new ArrayList<>();
    boolean open = true;
    boolean writable = true;
    boolean closedByServer;

    @Override
    public boolean open() {
      return open;
    }

    @Override
    public boolean writable() {
      return writable;
    }

    @Override
    public void send(String text) {
      got.add(text);
    }

    @Override
    public void close() {
      open = false;
      closedByServer = true;
    }
  }

  private void advance(long millis) {
    nanos.addAndGet(millis * MS);
    hub.tick();
  }

  @Test
  void aNewClientGetsTheRetryDelayAndTheCurrentStateAtOnce() {
    Sink a = new Sink();
    assertThat(hub.open(a)).isTrue();
    assertThat(a.got).containsExactly("retry: 3000\n\nid: 1\nevent: state\ndata: {\"n\":1}\n\n");
  }

  @Test
  void aChangeIsSentOnceToEveryClientWithOneBuildAndChangesAreCoalesced() {
    Sink a = new Sink();
    Sink b = new Sink();
    hub.open(a);
    hub.open(b);
    int before = builds.get();
    advance(600); // the initial "changed" flag: one event
    hub.changed();
    hub.changed();
    hub.changed();
    advance(100); // too soon after the last event: held back
    assertThat(a.got).hasSize(2);
    advance(500);
    assertThat(a.got).hasSize(3);
    assertThat(b.got).hasSize(3);
    assertThat(builds.get() - before).isEqualTo(2); // one build per event, not per client
    assertThat(a.got.get(2)).startsWith("id: 4\nevent: state\ndata: ");
    advance(1000); // nothing changed, max gap not reached: quiet
    assertThat(a.got).hasSize(3);
  }

  @Test
  void withoutChangesAnEventStillGoesOutEveryMaxGapSoAgesMove() {
    Sink a = new Sink();
    hub.open(a);
    advance(600);
    int n = a.got.size();
    advance(4000);
    assertThat(a.got).hasSize(n);
    advance(1100);
    assertThat(a.got).hasSize(n + 1);
  }

  @Test
  void nothingIsBuiltWhileNobodyWatches() {
    hub.changed();
    advance(6000);
    advance(6000);
    assertThat(builds.get()).isZero();
  }

  @Test
  void clientsThatHungUpAreForgottenAndMoreThanTheLimitAreRefused() {
    Sink a = new Sink();
    Sink b = new Sink();
    Sink c = new Sink();
    assertThat(hub.open(a) && hub.open(b) && hub.open(c)).isTrue();
    Sink d = new Sink();
    assertThat(hub.open(d)).isFalse();
    assertThat(d.got).isEmpty();
    a.open = false; // the browser tab was closed
    advance(100);
    assertThat(hub.clients()).isEqualTo(2);
    assertThat(hub.open(d)).isTrue();
  }

  @Test
  void aClientThatTakesNoDataIsSkippedThenClosedWhileTheOthersGoOn() {
    Sink fast = new Sink();
    Sink slow = new Sink();
    hub.open(fast);
    hub.open(slow);
    slow.writable = false; // its buffer is full: it stopped reading
    for (int i = 0; i < 4; i++) {
      hub.changed();
      advance(600);
    }
    assertThat(slow.got).hasSize(1); // only what it got on connecting: nothing queued for it
    assertThat(slow.closedByServer).isFalse(); // full for 1.8 s of the 2 s allowed
    assertThat(fast.got).hasSize(5);
    hub.changed();
    advance(600);
    assertThat(slow.closedByServer).isTrue();
    assertThat(hub.dropped()).isEqualTo(1);
    assertThat(hub.clients()).isEqualTo(1);
    assertThat(fast.got).hasSize(6);
  }

  @Test
  void aClientThatCatchesUpIsNotDropped() {
    Sink a = new Sink();
    hub.open(a);
    a.writable = false;
    hub.changed();
    advance(600);
    advance(1000);
    a.writable = true;
    hub.changed();
    advance(600);
    a.writable = false;
    for (int i = 0; i < 3; i++) {
      hub.changed();
      advance(600); // full again, but only for 1.2 s since it caught up (3.4 s since first)
    }
    assertThat(a.closedByServer).isFalse();
  }

  @Test
  void stateWithALineBreakIsABugNotABrokenStream() {
    EventHub bad = new EventHub(() -> "{\n}", LIMITS, nanos::get);
    assertThatThrownBy(() -> bad.open(new Sink()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one line");
  }

  @Test
  void limitsAreChecked() {
    assertThatThrownBy(
            () ->
                new EventHub.Limits(
                    Duration.ofMillis(100),
                    Duration.ofSeconds(5),
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1),
                    3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new EventHub.Limits(
                    LIMITS.tick(), LIMITS.minGap(), LIMITS.maxGap(), LIMITS.slowLimit(), 0))
        .hasMessageContaining("maxClients must be in 1..1000, got 0");
  }
}
