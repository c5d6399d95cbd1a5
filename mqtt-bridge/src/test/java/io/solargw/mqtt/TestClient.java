package io.solargw.mqtt;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/** An independent MQTT 3.1.1 client for tests: records every message it receives. */
public final class TestClient implements AutoCloseable {

  /** One received message. */
  public record Received(String topic, String payload, boolean retained) {}

  private final MqttClient client;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, String> latest = new ConcurrentHashMap<>();

  public TestClient(int port, String clientId) throws MqttException {
    client = new MqttClient("tcp://127.0.0.1:" + port, clientId, new MemoryPersistence());
    MqttConnectOptions options = new MqttConnectOptions();
    options.setCleanSession(true);
    options.setMaxInflight(1000);
    client.connect(options);
  }

  /** Subscribes and records from now on. */
  public TestClient subscribe(String filter) throws MqttException {
    client.subscribe(
        filter,
        1,
        (topic, message) -> {
          String text = new String(message.getPayload(), StandardCharsets.UTF_8);
          received.add(new Received(topic, text, message.isRetained()));
          latest.put(topic, text);
        });
    return this;
  }

  public void publish(String topic, String payload, boolean retained) throws MqttException {
    MqttMessage message = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
    message.setQos(1);
    message.setRetained(retained);
    client.publish(topic, message);
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  public List<Received> on(String topic) {
    return received.stream().filter(m -> m.topic().equals(topic)).toList();
  }

  public Optional<String> latest(String topic) {
    return Optional.ofNullable(latest.get(topic));
  }

  public void clear() {
    received.clear();
    latest.clear();
  }

  @Override
  public void close() throws MqttException {
    if (client.isConnected()) {
      client.disconnect();
    }
    client.close();
  }
}
