package io.solargw.mqtt.client.internal;

import io.solargw.mqtt.client.BrokerLink;
import io.solargw.mqtt.client.BrokerSettings;
import io.solargw.mqtt.client.LinkException;
import io.solargw.mqtt.client.MqttProtocol;
import java.nio.charset.StandardCharsets;
import javax.net.SocketFactory;

/**
 * The bridge's only Paho user: one MQTT connection through Paho's MQTT 5 or MQTT 3.1.1 async
 * client, whichever the settings name. Paho's automatic reconnect is off and its in-memory
 * persistence holds nothing across connections: the session owns retries and buffering. Every
 * operation waits for its token at most {@code connectTimeout}.
 */
public final class PahoLink implements BrokerLink {

  private static final int QOS = 1;

  /** Paho's reason code for a full in-flight window. */
  private static final int MAX_INFLIGHT = 32202;

  /** How often a publish is tried while Paho's window is full, and the pause between tries. */
  private static final int BUSY_ATTEMPTS = 100;

  private static final long BUSY_PAUSE_MILLIS = 10;

  private final BrokerSettings settings;
  private final Listener listener;
  private final long timeoutMillis;
  private volatile Client client;
  private volatile boolean ended;

  /** A link that is not connected yet. */
  public PahoLink(BrokerSettings settings, Listener listener) {
    this.settings = settings;
    this.listener = listener;
    this.timeoutMillis = settings.connectTimeout().toMillis();
  }

  @Override
  public void connect(String willTopic, String willPayload) throws LinkException {
    String scheme = settings.tls().enabled() ? "ssl://" : "tcp://";
    String uri = scheme + settings.host() + ":" + settings.port();
    SocketFactory sockets = settings.tls().enabled() ? PemTls.socketFactory(settings.tls()) : null;
    byte[] will = willPayload.getBytes(StandardCharsets.UTF_8);
    try {
      client = settings.protocol() == MqttProtocol.V5 ? new V5(uri) : new V3(uri);
      client.connect(willTopic, will, sockets);
    } catch (Exception e) {
      close();
      throw new LinkException("cannot connect to " + uri + ": " + describe(e), e);
    }
  }

  @Override
  public void publish(String topic, byte[] payload, boolean retained) throws LinkException {
    for (int attempt = 1; ; attempt++) {
      try {
        current().publish(topic, payload, retained);
        return;
      } catch (LinkException e) {
        throw e;
      } catch (Exception e) {
        if (!busy(e) || attempt == BUSY_ATTEMPTS) {
          throw new LinkException("publish to " + topic + " failed: " + describe(e), e);
        }
        pause(); // Paho counts a completed publish out of its window a moment after its token
      }
    }
  }

  /**
   * Paho's "too many publishes in progress" (32202): its in-flight window is full. The publisher
   * waits for each token, so this is Paho releasing a completed publish late, not a lost
   * connection: wait a moment and send again.
   */
  private static boolean busy(Exception e) {
    if (e instanceof org.eclipse.paho.client.mqttv3.MqttException m) {
      return m.getReasonCode() == MAX_INFLIGHT;
    }
    return e instanceof org.eclipse.paho.mqttv5.common.MqttException m
        && m.getReasonCode() == MAX_INFLIGHT;
  }

  private static void pause() throws LinkException {
    try {
      Thread.sleep(BUSY_PAUSE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LinkException("interrupted while Paho's publish window was full", e);
    }
  }

  @Override
  public void subscribe(String filter) throws LinkException {
    try {
      current().subscribe(filter);
    } catch (LinkException e) {
      throw e;
    } catch (Exception e) {
      throw new LinkException("subscribe to " + filter + " failed: " + describe(e), e);
    }
  }

  @Override
  public void disconnect() {
    ended = true;
    Client c = client;
    if (c != null) {
      try {
        c.disconnect();
      } catch (Exception e) {
        // the connection is going away either way; close() below frees the client
      }
    }
    close();
  }

  @Override
  public void close() {
    ended = true;
    Client c = client;
    client = null;
    if (c != null) {
      try {
        c.close();
      } catch (Exception e) {
        // nothing left to release
      }
    }
  }

  private Client current() throws LinkException {
    Client c = client;
    if (c == null) {
      throw new LinkException("not connected");
    }
    return c;
  }

  private void lost(Throwable cause) {
    if (!ended) {
      listener.connectionLost(cause == null ? "connection closed" : describe(cause));
    }
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    Throwable cause = e.getCause();
    if (cause != null && cause.getMessage() != null) {
      message = (message == null ? "" : message + ": ") + cause.getMessage();
    }
    return message == null ? e.getClass().getSimpleName() : message;
  }

  /** The operations both Paho clients offer, under one face. */
  private interface Client {
    void connect(String willTopic, byte[] will, SocketFactory sockets) throws Exception;

    void publish(String topic, byte[] payload, boolean retained) throws Exception;

    void subscribe(String filter) throws Exception;

    void disconnect() throws Exception;

    void close() throws Exception;
  }

  /** MQTT 5 through {@code org.eclipse.paho.mqttv5.client}. */
  private final class V5 implements Client, org.eclipse.paho.mqttv5.client.MqttCallback {
    private final org.eclipse.paho.mqttv5.client.MqttAsyncClient paho;

    V5(String uri) throws Exception {
      paho =
          new org.eclipse.paho.mqttv5.client.MqttAsyncClient(
              uri,
              settings.clientId(),
              new org.eclipse.paho.mqttv5.client.persist.MemoryPersistence());
      paho.setCallback(this);
    }

    @Override
    public void connect(String willTopic, byte[] will, SocketFactory sockets) throws Exception {
      var options = new org.eclipse.paho.mqttv5.client.MqttConnectionOptions();
      options.setCleanStart(true);
      options.setAutomaticReconnect(false);
      options.setKeepAliveInterval((int) settings.keepAlive().toSeconds());
      options.setConnectionTimeout((int) settings.connectTimeout().toSeconds());
      var willMessage = new org.eclipse.paho.mqttv5.common.MqttMessage(will, QOS, true, null);
      options.setWill(willTopic, willMessage);
      settings.username().ifPresent(options::setUserName);
      settings.password().ifPresent(p -> options.setPassword(p.getBytes(StandardCharsets.UTF_8)));
      if (sockets != null) {
        options.setSocketFactory(sockets);
        options.setHttpsHostnameVerificationEnabled(!settings.tls().insecure());
      }
      paho.connect(options).waitForCompletion(timeoutMillis);
    }

    @Override
    public void publish(String topic, byte[] payload, boolean retained) throws Exception {
      paho.publish(topic, payload, QOS, retained).waitForCompletion(timeoutMillis);
    }

    /**
     * Retain-as-published: without it a broker clears the retain flag of a retained message it
     * forwards to a live subscriber (MQTT 3.1.1 has no such option), and a retained command would
     * pass for a fresh one.
     */
    @Override
    public void subscribe(String filter) throws Exception {
      var subscription = new org.eclipse.paho.mqttv5.common.MqttSubscription(filter, QOS);
      subscription.setRetainAsPublished(true);
      paho.subscribe(new org.eclipse.paho.mqttv5.common.MqttSubscription[] {subscription})
          .waitForCompletion(timeoutMillis);
    }

    @Override
    public void disconnect() throws Exception {
      paho.disconnect(timeoutMillis).waitForCompletion(timeoutMillis);
    }

    @Override
    public void close() throws Exception {
      if (paho.isConnected()) {
        paho.disconnectForcibly(0, 0, false);
      }
      paho.close(true);
    }

    @Override
    public void disconnected(org.eclipse.paho.mqttv5.client.MqttDisconnectResponse response) {
      lost(
          response.getException() != null
              ? response.getException()
              : new IllegalStateException("broker sent DISCONNECT: " + response.getReasonString()));
    }

    @Override
    public void mqttErrorOccurred(org.eclipse.paho.mqttv5.common.MqttException exception) {
      lost(exception);
    }

    @Override
    public void messageArrived(String topic, org.eclipse.paho.mqttv5.common.MqttMessage message) {
      listener.messageArrived(topic, message.getPayload(), message.isRetained());
    }

    @Override
    public void deliveryComplete(org.eclipse.paho.mqttv5.client.IMqttToken token) {}

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {}

    @Override
    public void authPacketArrived(
        int reasonCode, org.eclipse.paho.mqttv5.common.packet.MqttProperties properties) {}
  }

  /** MQTT 3.1.1 through {@code org.eclipse.paho.client.mqttv3}. */
  private final class V3 implements Client, org.eclipse.paho.client.mqttv3.MqttCallback {
    private final org.eclipse.paho.client.mqttv3.MqttAsyncClient paho;

    V3(String uri) throws Exception {
      paho =
          new org.eclipse.paho.client.mqttv3.MqttAsyncClient(
              uri,
              settings.clientId(),
              new org.eclipse.paho.client.mqttv3.persist.MemoryPersistence());
      paho.setCallback(this);
    }

    @Override
    public void connect(String willTopic, byte[] will, SocketFactory sockets) throws Exception {
      var options = new org.eclipse.paho.client.mqttv3.MqttConnectOptions();
      options.setMqttVersion(org.eclipse.paho.client.mqttv3.MqttConnectOptions.MQTT_VERSION_3_1_1);
      options.setCleanSession(true);
      options.setAutomaticReconnect(false);
      options.setKeepAliveInterval((int) settings.keepAlive().toSeconds());
      options.setConnectionTimeout((int) settings.connectTimeout().toSeconds());
      options.setWill(willTopic, will, QOS, true);
      settings.username().ifPresent(options::setUserName);
      settings.password().ifPresent(p -> options.setPassword(p.toCharArray()));
      if (sockets != null) {
        options.setSocketFactory(sockets);
        options.setHttpsHostnameVerificationEnabled(!settings.tls().insecure());
      }
      paho.connect(options).waitForCompletion(timeoutMillis);
    }

    @Override
    public void publish(String topic, byte[] payload, boolean retained) throws Exception {
      paho.publish(topic, payload, QOS, retained).waitForCompletion(timeoutMillis);
    }

    @Override
    public void subscribe(String filter) throws Exception {
      paho.subscribe(filter, QOS).waitForCompletion(timeoutMillis);
    }

    @Override
    public void disconnect() throws Exception {
      paho.disconnect(timeoutMillis).waitForCompletion(timeoutMillis);
    }

    @Override
    public void close() throws Exception {
      if (paho.isConnected()) {
        paho.disconnectForcibly(0, 0, false);
      }
      paho.close(true);
    }

    @Override
    public void connectionLost(Throwable cause) {
      lost(cause);
    }

    @Override
    public void messageArrived(String topic, org.eclipse.paho.client.mqttv3.MqttMessage message) {
      listener.messageArrived(topic, message.getPayload(), message.isRetained());
    }

    @Override
    public void deliveryComplete(org.eclipse.paho.client.mqttv3.IMqttDeliveryToken token) {}
  }
}
