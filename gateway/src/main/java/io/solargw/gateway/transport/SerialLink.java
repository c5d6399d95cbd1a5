package io.solargw.gateway.transport;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A serial port (USB-RS485 dongle, or any path such as a pty) through jSerialComm — the only class
 * that touches that library.
 */
public final class SerialLink implements Link {

  private static final int WRITE_TIMEOUT_MS = 2000;

  private final String path;
  private final SerialSettings settings;
  private SerialPort port;

  /**
   * @param path device path, e.g. {@code /dev/serial/by-id/usb-FTDI...} or {@code /dev/ttyUSB0}
   * @param settings baud rate and framing
   */
  public SerialLink(String path, SerialSettings settings) {
    this.path = path;
    this.settings = settings;
  }

  @Override
  public void open() throws IOException {
    close();
    if (!Files.exists(Path.of(path))) {
      throw new IOException(path + " does not exist (is the USB adapter plugged in?)");
    }
    SerialPort p;
    try {
      p = SerialPort.getCommPort(path);
    } catch (SerialPortInvalidPortException e) {
      throw new IOException("cannot use " + path + " as a serial port: " + e.getMessage(), e);
    }
    p.setComPortParameters(
        settings.baud(), settings.dataBits(), stopBits(settings), parity(settings));
    p.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
    if (!p.openPort()) {
      throw new IOException(
          "cannot open "
              + path
              + " (error "
              + p.getLastErrorCode()
              + "; is another program using it, or is the user not in the dialout group?)");
    }
    port = p;
  }

  @Override
  public boolean isOpen() {
    return port != null && port.isOpen();
  }

  @Override
  public void write(byte[] bytes) throws IOException {
    SerialPort p = requireOpen();
    // jSerialComm spins forever in writeBytes on a pty whose other end is gone (SerialLinkPtyIT):
    // check that the device node still exists, and never block a write longer than the timeout.
    requirePresent();
    p.setComPortTimeouts(
        SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
        1,
        WRITE_TIMEOUT_MS);
    int done = 0;
    while (done < bytes.length) {
      int n = p.writeBytes(bytes, bytes.length - done, done);
      if (n <= 0) {
        throw new IOException(
            path + " write failed or timed out (error " + p.getLastErrorCode() + ")");
      }
      done += n;
    }
  }

  @Override
  public int read(byte[] buffer, int offset, int length, int timeoutMillis) throws IOException {
    SerialPort p = requireOpen();
    p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, Math.max(1, timeoutMillis), 0);
    int n = p.readBytes(buffer, length, offset);
    if (n < 0) {
      throw new IOException(path + " read failed (error " + p.getLastErrorCode() + ")");
    }
    if (n == 0) {
      requirePresent(); // a timeout on an unplugged adapter must not look like a silent device
    }
    return n;
  }

  @Override
  public void discardInput() throws IOException {
    SerialPort p = requireOpen();
    int available;
    byte[] sink = new byte[256];
    while ((available = p.bytesAvailable()) > 0) {
      p.readBytes(sink, Math.min(available, sink.length));
    }
    if (available < 0) {
      throw new IOException(path + " is gone");
    }
  }

  @Override
  public String describe() {
    return path + " " + settings;
  }

  @Override
  public void close() {
    if (port != null) {
      port.closePort();
      port = null;
    }
  }

  private void requirePresent() throws IOException {
    if (!Files.exists(Path.of(path))) {
      close();
      throw new IOException(path + " disappeared (adapter unplugged?)");
    }
  }

  private SerialPort requireOpen() throws IOException {
    if (port == null || !port.isOpen()) {
      throw new IOException(path + " is not open");
    }
    return port;
  }

  private static int stopBits(SerialSettings s) {
    return s.stopBits() == 2 ? SerialPort.TWO_STOP_BITS : SerialPort.ONE_STOP_BIT;
  }

  private static int parity(SerialSettings s) {
    return switch (s.parity()) {
      case 'E' -> SerialPort.EVEN_PARITY;
      case 'O' -> SerialPort.ODD_PARITY;
      default -> SerialPort.NO_PARITY;
    };
  }
}
