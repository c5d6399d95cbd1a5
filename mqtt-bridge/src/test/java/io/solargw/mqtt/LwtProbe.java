package io.solargw.mqtt;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A bridge in its own JVM, for the last-will test: connects, publishes one state, prints {@code
 * READY} and waits to be killed.
 */
public final class LwtProbe {

  private LwtProbe() {}

  /** Arguments: broker port, gateway id, persistence directory. */
  public static void main(String[] args) throws Exception {
    BridgeSettings settings =
        BridgeSettings.defaults(args[1], "127.0.0.1", Integer.parseInt(args[0]), Path.of(args[2]));
    MqttBridge bridge = MqttBridge.start(settings, new FakeWriter());
    bridge.publish(Devices.inverter(1, 53.1));
    while (!bridge.metrics().connected() || bridge.metrics().buffered() > 0) {
      Thread.onSpinWait();
      Thread.sleep(20);
    }
    System.out.println("READY");
    System.out.flush();
    new CountDownLatch(1).await();
  }
}
