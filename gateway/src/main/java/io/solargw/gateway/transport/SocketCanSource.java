package io.solargw.gateway.transport;

import io.solargw.protocol.bms.pylon.CanFrame;
import java.io.IOException;
import java.time.Duration;
import tel.schich.javacan.CanChannels;
import tel.schich.javacan.CanSocketOptions;
import tel.schich.javacan.NetworkDevice;
import tel.schich.javacan.RawCanChannel;
import tel.schich.javacan.platform.linux.LinuxNativeOperationException;

/**
 * A Linux SocketCAN interface ({@code can0}) read through a raw CAN socket of JavaCAN — the only
 * class that touches that library. The interface must already be up: {@code ip link set can0 up
 * type can bitrate 500000}.
 *
 * <p>Untested on real CAN hardware: the build machine has no CAN in its kernel, so the tests cover
 * the frame mapping and the error paths with a fake channel and the real "no such interface" / "no
 * CAN in this kernel" answers. Every failure is one line naming the interface, including a JavaCAN
 * native library that cannot load on this CPU or C library.
 */
public final class SocketCanSource implements CanSource {

  /** errno values (Linux asm-generic/errno.h) that deserve their own explanation. */
  private static final int ENODEV = 19;

  private static final int ENETDOWN = 100;
  private static final int EAFNOSUPPORT = 97;

  /** The kernel side of the source, replaced by a fake in tests. */
  interface Channel extends AutoCloseable {
    /** The next frame, or null when none came within {@code timeout}. */
    tel.schich.javacan.CanFrame read(Duration timeout) throws IOException;

    @Override
    void close();
  }

  /** Opens a raw CAN socket bound to an interface. */
  @FunctionalInterface
  interface Opener {
    Channel open(String interfaceName) throws IOException;
  }

  private final String interfaceName;
  private final Opener opener;
  private Channel channel;

  /**
   * @param interfaceName e.g. {@code can0}
   */
  public SocketCanSource(String interfaceName) {
    this(interfaceName, SocketCanSource::openRaw);
  }

  SocketCanSource(String interfaceName, Opener opener) {
    this.interfaceName = interfaceName;
    this.opener = opener;
  }

  @Override
  public void open() throws IOException {
    close();
    try {
      channel = opener.open(interfaceName);
    } catch (LinuxNativeOperationException e) {
      throw explain(e);
    } catch (IOException e) {
      throw new IOException(describe() + ": " + oneLine(e.getMessage()), e);
    } catch (LinkageError e) {
      // UnsatisfiedLinkError, NoClassDefFoundError on a second try, ExceptionInInitializerError.
      throw new IOException(
          "SocketCAN interface "
              + interfaceName
              + ": the JavaCAN native library cannot be loaded on this machine ("
              + oneLine(e.getMessage())
              + ")",
          e);
    }
  }

  @Override
  public boolean isOpen() {
    return channel != null;
  }

  @Override
  public CanSourceEvent poll(Duration timeout) throws IOException, InterruptedException {
    if (channel == null) {
      throw new IOException(describe() + " is not open");
    }
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    tel.schich.javacan.CanFrame frame;
    try {
      frame = channel.read(timeout.isZero() ? Duration.ofMillis(1) : timeout);
    } catch (LinuxNativeOperationException e) {
      close();
      throw explain(e);
    } catch (IOException e) {
      close();
      throw new IOException(describe() + ": " + oneLine(e.getMessage()), e);
    }
    return frame == null ? new CanSourceEvent.Silence() : toEvent(frame);
  }

  @Override
  public String describe() {
    return "socketcan " + interfaceName;
  }

  @Override
  public void close() {
    if (channel != null) {
      channel.close();
      channel = null;
    }
  }

  /** Our frame for a JavaCAN frame; error frames and CAN FD frames are skipped with a reason. */
  static CanSourceEvent toEvent(tel.schich.javacan.CanFrame f) {
    if (f.isError()) {
      return new CanSourceEvent.BadLine(
          "ERROR_FRAME", String.format("error frame, class 0x%08X", f.getError()));
    }
    if (f.isFDFrame() || f.getDataLength() > CanFrame.MAX_DLC) {
      return new CanSourceEvent.BadLine(
          "CAN_FD",
          "CAN FD frame with "
              + f.getDataLength()
              + " bytes: Pylontech batteries use classic CAN 2.0");
    }
    int id = f.getId();
    if (f.isRemoteTransmissionRequest()) {
      return new CanSourceEvent.Frame(CanFrame.remote(id, f.isExtended(), f.getDataLength()));
    }
    byte[] data = new byte[f.getDataLength()];
    f.getData(data, 0, data.length);
    return new CanSourceEvent.Frame(new CanFrame(id, f.isExtended(), false, data.length, data));
  }

  private IOException explain(LinuxNativeOperationException e) {
    String why =
        switch (e.getErrorNumber()) {
          case ENODEV -> "does not exist (see ip -details link show; is the adapter plugged in?)";
          case ENETDOWN -> "is down (ip link set " + interfaceName + " up type can bitrate 500000)";
          case EAFNOSUPPORT ->
              "cannot be used: this kernel has no SocketCAN support (modprobe can_raw; in Docker"
                  + " use network_mode: host)";
          default -> "failed: " + oneLine(e.getMessage());
        };
    return new IOException("SocketCAN interface " + interfaceName + " " + why, e);
  }

  private static String oneLine(String s) {
    return s == null ? "no detail" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }

  /** The real kernel channel (JavaCAN). */
  private static Channel openRaw(String interfaceName) throws IOException {
    NetworkDevice device = NetworkDevice.lookup(interfaceName);
    RawCanChannel raw = CanChannels.newRawChannel();
    try {
      raw.bind(device);
    } catch (IOException e) {
      raw.close();
      throw e;
    }
    return new Channel() {
      private Duration current;

      @Override
      public tel.schich.javacan.CanFrame read(Duration timeout) throws IOException {
        if (!timeout.equals(current)) {
          raw.setOption(CanSocketOptions.SO_RCVTIMEO, timeout);
          current = timeout;
        }
        try {
          return raw.read();
        } catch (LinuxNativeOperationException e) {
          if (e.mayTryAgain()) {
            return null; // EAGAIN: SO_RCVTIMEO passed without a frame
          }
          throw e;
        }
      }

      @Override
      public void close() {
        try {
          raw.close();
        } catch (IOException e) {
          // closing a socket whose interface vanished: nothing left to release
        }
      }
    };
  }
}
