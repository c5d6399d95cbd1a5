package io.solargw.config;

import io.solargw.config.internal.Require;
import java.util.regex.Pattern;

/**
 * A Linux SocketCAN network interface, already up at 500 kbit/s ({@code ip link set can0 up type
 * can bitrate 500000}).
 *
 * @param interfaceName the interface, e.g. {@code can0}; 1 to 15 characters (Linux IFNAMSIZ)
 */
public record SocketCanTransport(String interfaceName) implements Transport {

  /** What a Linux interface name may look like. */
  public static final Pattern INTERFACE = Pattern.compile("[A-Za-z0-9_.-]{1,15}");

  /** Checks the interface name's form. */
  public SocketCanTransport {
    Require.matches("interfaceName", interfaceName, INTERFACE);
  }

  @Override
  public TransportKind kind() {
    return TransportKind.SOCKETCAN;
  }

  @Override
  public String describe() {
    return interfaceName;
  }
}
