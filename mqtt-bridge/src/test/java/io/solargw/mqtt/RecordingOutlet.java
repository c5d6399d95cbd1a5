package io.solargw.mqtt;

import io.solargw.mqtt.client.Outlet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An outlet that records what would be published. */
public final class RecordingOutlet implements Outlet {

  /** One recorded message. */
  public record Sent(String topic, String payload, boolean retained) {}

  private final List<Sent> sent = new CopyOnWriteArrayList<>();

  @Override
  public void publishRetained(String topic, String payload) {
    sent.add(new Sent(topic, payload, true));
  }

  @Override
  public void publishTransient(String topic, String payload) {
    sent.add(new Sent(topic, payload, false));
  }

  public List<Sent> sent() {
    return List.copyOf(sent);
  }

  public List<Sent> on(String topic) {
    return sent.stream().filter(s -> s.topic().equals(topic)).toList();
  }

  public List<String> topics() {
    return sent.stream().map(Sent::topic).toList();
  }

  public void clear() {
    sent.clear();
  }
}
