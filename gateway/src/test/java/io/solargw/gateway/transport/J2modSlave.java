package io.solargw.gateway.transport;

import com.ghgande.j2mod.modbus.procimg.Register;
import com.ghgande.j2mod.modbus.procimg.SimpleInputRegister;
import com.ghgande.j2mod.modbus.procimg.SimpleProcessImage;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import com.ghgande.j2mod.modbus.slave.ModbusSlave;
import com.ghgande.j2mod.modbus.slave.ModbusSlaveFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * j2mod's own Modbus TCP slave on loopback, serving unit 1 with holding registers 0..31 (value =
 * 100 + address) and input registers 0..7 (value = 200 + address). It counts holding-register
 * reads, and it can stall: a read then blocks until released, as a gateway whose RS485 device never
 * answers.
 */
final class J2modSlave implements AutoCloseable {

  static final int UNIT = 1;
  static final int HOLDING = 32;
  static final int INPUT = 8;

  final int port;
  final StallingImage image = new StallingImage();
  private ModbusSlave slave;

  J2modSlave() throws Exception {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort(); // j2mod cannot report a port-0 bind, so pick a free one
    }
    start();
  }

  /** Starts (again) on the same port. */
  void start() throws Exception {
    slave = ModbusSlaveFactory.createTCPSlave(InetAddress.getLoopbackAddress(), port, 2, false);
    slave.addProcessImage(UNIT, image);
    slave.open();
  }

  /** Stops listening (j2mod keeps serving connections already accepted). */
  void stop() {
    if (slave != null) {
      ModbusSlaveFactory.close(slave);
      slave = null;
    }
  }

  @Override
  public void close() {
    image.release();
    stop();
  }

  /** A process image whose register reads block while stalled. */
  static final class StallingImage extends SimpleProcessImage {
    private volatile CountDownLatch stall = new CountDownLatch(0);
    final AtomicInteger reads = new AtomicInteger();

    StallingImage() {
      for (int i = 0; i < HOLDING; i++) {
        addRegister(new SimpleRegister(100 + i));
      }
      for (int i = 0; i < INPUT; i++) {
        addInputRegister(new SimpleInputRegister(200 + i));
      }
    }

    void stall() {
      stall = new CountDownLatch(1);
    }

    void release() {
      stall.countDown();
    }

    @Override
    public Register[] getRegisterRange(int offset, int count) {
      reads.incrementAndGet();
      try {
        if (!stall.await(10, TimeUnit.SECONDS)) {
          throw new IllegalStateException("stalled for 10 s: the test forgot to release");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return super.getRegisterRange(offset, count);
    }

    int holding(int address) {
      return getRegister(address).toUnsignedShort();
    }
  }
}
