package io.solargw.config.internal.bind;

import io.solargw.config.internal.Printable;
import io.solargw.config.internal.bind.Scalars.Invalid;
import io.solargw.config.internal.bind.Scalars.Parser;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Host names, IP addresses and {@code host:port} endpoints. */
final class Hosts {

  private static final Pattern IPV4_LIKE = Pattern.compile("[0-9.]+");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%[\\w.-]+)?");
  // Underscores are allowed because Docker resolves compose service names such as mqtt_broker.
  private static final Pattern HOST_NAME =
      Pattern.compile(
          "(?=.{1,253}$)[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?"
              + "(\\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*\\.?");
  private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]*)](?::(.*))?");

  /**
   * A {@code host:port} endpoint.
   *
   * @param host host name or IP address, IPv6 without brackets
   * @param port TCP port
   */
  record Endpoint(String host, int port) {}

  private Hosts() {}

  /** A host name, IPv4 or IPv6 address. */
  static Parser<String> host() {
    return text -> {
      String t = text.strip();
      Optional<String> problem = problem(t);
      if (problem.isPresent()) {
        throw new Invalid(
            Printable.quote(text) + " is not a host name or IP address: " + problem.get());
      }
      return t;
    };
  }

  /**
   * {@code host:port} or {@code [ipv6]:port}; without a port {@code defaultPort} is used if > 0.
   */
  static Parser<Endpoint> endpoint(int defaultPort) {
    Parser<Integer> port = Scalars.integer("a port number", 1, 65535);
    return text -> {
      String t = text.strip();
      if (t.contains("://")) {
        throw new Invalid("write host:port without a scheme, e.g. 192.168.1.50:8899");
      }
      String host;
      String portText;
      Matcher bracketed = BRACKETED.matcher(t);
      if (bracketed.matches()) {
        host = bracketed.group(1);
        portText = bracketed.group(2);
      } else if (t.indexOf(':') != t.lastIndexOf(':')) {
        throw new Invalid("write an IPv6 address in brackets, e.g. [fd00::50]:8899");
      } else {
        int colon = t.indexOf(':');
        host = colon < 0 ? t : t.substring(0, colon);
        portText = colon < 0 ? null : t.substring(colon + 1);
      }
      Optional<String> problem = problem(host);
      if (problem.isPresent()) {
        throw new Invalid(
            Printable.quote(host) + " is not a host name or IP address: " + problem.get());
      }
      if (portText == null && defaultPort <= 0) {
        throw new Invalid(
            "expected host:port, e.g. 192.168.1.50:8899 (the converter's TCP server port), got "
                + Printable.quote(text));
      }
      return new Endpoint(host, portText == null ? defaultPort : port.parse(portText));
    };
  }

  /** Why {@code host} is not a host name or address, or empty if it is one. */
  static Optional<String> problem(String host) {
    if (host.isEmpty()) {
      return Optional.of("it is empty");
    }
    if (IPV4_LIKE.matcher(host).matches()) {
      return ipv4(host);
    }
    if (host.contains(":")) {
      return IPV6.matcher(host).matches()
          ? Optional.empty()
          : Optional.of("an IPv6 address has only hex digits and colons");
    }
    return HOST_NAME.matcher(host).matches()
        ? Optional.empty()
        : Optional.of("use letters, digits, '-', '_' and '.' only");
  }

  private static Optional<String> ipv4(String host) {
    String[] parts = host.split("\\.", -1);
    if (parts.length != 4) {
      return Optional.of("an IPv4 address has four numbers, e.g. 192.168.1.10");
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || Integer.parseInt(part) > 255) {
        return Optional.of("each number of an IPv4 address is 0..255");
      }
    }
    return Optional.empty();
  }
}
