package io.solargw.mqtt.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.solargw.mqtt.client.internal.Outbox.Message;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bounded buffer: latest per retained topic, every event up to a bound, drops counted. */
class OutboxTest {

  private static List<Message> drain(Outbox outbox) throws InterruptedException {
    outbox.open(true);
    List<Message> out = new ArrayList<>();
    while (outbox.size() > 0) {
      out.add(outbox.next().orElseThrow());
      outbox.sent();
    }
    return out;
  }

  @Test
  void keepsOnlyTheLatestPayloadPerRetainedTopicInFirstArrivalOrder() throws Exception {
    Outbox outbox = new Outbox(10, 10);
    for (int i = 1; i <= 100; i++) {
      outbox.offer(new Message("a", "a" + i, true));
      outbox.offer(new Message("b", "b" + i, true));
    }
    assertThat(outbox.size()).isEqualTo(2);
    assertThat(drain(outbox))
        .containsExactly(new Message("a", "a100", true), new Message("b", "b100", true));
    assertThat(outbox.dropped()).isZero();
  }

  @Test
  void boundsTopicsAndEventsAndCountsDrops() throws Exception {
    Outbox outbox = new Outbox(3, 2);
    for (int i = 1; i <= 5; i++) {
      outbox.offer(new Message("t" + i, "x", true));
      outbox.offer(new Message("e", "e" + i, false));
    }
    assertThat(outbox.size()).isEqualTo(5);
    assertThat(outbox.dropped()).isEqualTo(2 + 3);
    assertThat(drain(outbox))
        .extracting(Message::payload)
        .containsExactly("x", "x", "x", "e4", "e5");
  }

  @Test
  void theTopicBoundAppliesOnlyWhileShut() {
    Outbox outbox = new Outbox(2, 2);
    outbox.open(true);
    for (int i = 1; i <= 5; i++) {
      outbox.offer(new Message("t" + i, "x", true));
    }
    assertThat(outbox.size()).isEqualTo(5);
    assertThat(outbox.dropped()).isZero();
  }

  @Test
  void aMessagePutBackGoesFirstUnlessANewerOneArrived() throws Exception {
    Outbox outbox = new Outbox(10, 10);
    outbox.open(true);
    outbox.offer(new Message("a", "1", true));
    outbox.offer(new Message("b", "1", true));
    Message a = outbox.next().orElseThrow();
    outbox.putBack(a);
    Message b = outbox.next().orElseThrow();
    assertThat(b).isEqualTo(a);
    Message first = outbox.next().orElseThrow();
    outbox.offer(new Message("a", "2", true));
    outbox.putBack(first);
    assertThat(drain(outbox)).extracting(Message::payload).containsExactly("1", "2");
  }

  @Test
  void nextWaitsWhileShutAndEndsWhenClosed() throws Exception {
    Outbox outbox = new Outbox(10, 10);
    outbox.offer(new Message("a", "1", true));
    Thread closer = new Thread(() -> outbox.close());
    closer.start();
    assertThat(outbox.next()).isEmpty();
    closer.join();
  }
}
