package io.solargw.gateway.badinput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A hostile device on loopback TCP: it forwards each request to a real server (a simulator's bus)
 * and answers with a damaged version of the real answer, as the {@link Mode} says. The gateway
 * connects to it like to an RS485-over-TCP converter (or, behind a socat pty, a serial port).
 * Damage is drawn from a seeded {@link Random}, so a failure can be replayed with its seed.
 */
final class HostileDevice implements AutoCloseable {

  /** What the device does with each answer. */
  enum Mode {
    /** Forwards answers untouched. */
    CLEAN,
    /** Damages most answers ({@link ByteMutator}), forwards the rest. */
    MUTATE,
    /** Follows each answer with 32 KiB of garbage (twice the longest answer the gateway reads). */
    FLOOD,
    /** Sends a frame start and then bytes that never end a frame, non-stop; answers dropped. */
    ENDLESS,
    /** Drops every answer. */
    SILENT
  }

  private static final int FLOOD_BYTES = 32 * 1024;

  private final InetSocketAddress upstream;
  private final ByteMutator mutator;
  private final Random random;
  private final ServerSocket server;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final Map<String, LongAdder> damage = new ConcurrentHashMap<>();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong writes = new AtomicLong();
  private volatile Mode mode = Mode.CLEAN;
  private volatile byte[] lastAnswer = new byte[] {0x7E, 0x32, 0x35};

  private final List<ByteMutator.Kind> kinds;

  /** A device damaging answers with the damage a checksummed frame must catch. */
  HostileDevice(InetSocketAddress upstream, long seed) throws IOException {
    this(upstream, seed, ByteMutator.Kind.FRAMED);
  }

  /** A device damaging answers with {@code kinds} only. */
  HostileDevice(InetSocketAddress upstream, long seed, List<ByteMutator.Kind> kinds)
      throws IOException {
    this.upstream = upstream;
    this.kinds = List.copyOf(kinds);
    this.random = new Random(seed);
    this.mutator = new ByteMutator(new Random(seed ^ 0x5DEECE66DL));
    server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
    Thread accept = new Thread(this::acceptLoop, "hostile-accept");
    accept.setDaemon(true);
    accept.start();
  }

  /** Where the gateway connects. */
  InetSocketAddress address() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort());
  }

  void mode(Mode m) {
    mode = m;
  }

  /** Requests forwarded so far. */
  long requests() {
    return requests.get();
  }

  /** Modbus RTU write requests forwarded so far. */
  long writes() {
    return writes.get();
  }

  /** Damage done so far, by kind. */
  Map<String, Long> damage() {
    Map<String, Long> out = new java.util.TreeMap<>();
    damage.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  @Override
  public void close() {
    quietly(server);
    sockets.forEach(HostileDevice::quietly);
  }

  private void acceptLoop() {
    try {
      while (!server.isClosed()) {
        Socket client = server.accept();
        Socket up = new Socket(upstream.getAddress(), upstream.getPort());
        up.setSoTimeout(15);
        sockets.add(client);
        sockets.add(up);
        daemon("hostile-requests", () -> requests(client, up));
        daemon("hostile-answers", () -> answers(up, client));
        daemon("hostile-endless", () -> endless(client));
      }
    } catch (IOException e) {
      // closed
    }
  }

  private void requests(Socket client, Socket up) {
    byte[] buf = new byte[4096];
    try (InputStream in = client.getInputStream()) {
      OutputStream out = up.getOutputStream();
      for (int n; (n = in.read(buf)) >= 0; ) {
        requests.incrementAndGet();
        if (n >= 2 && (buf[1] == 0x06 || buf[1] == 0x10)) {
          writes.incrementAndGet(); // Modbus RTU write single / multiple registers
        }
        out.write(buf, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // a side went away
    } finally {
      quietly(client);
      quietly(up);
    }
  }

  /** Reads one whole answer (until 15 ms of quiet), then damages and sends it. */
  private void answers(Socket up, Socket client) {
    byte[] buf = new byte[8192];
    try (InputStream in = up.getInputStream()) {
      OutputStream out = client.getOutputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      while (!up.isClosed()) {
        int n;
        try {
          n = in.read(buf);
        } catch (SocketTimeoutException quiet) {
          if (answer.size() > 0) {
            send(answer.toByteArray(), out);
            answer.reset();
          }
          continue;
        }
        if (n < 0) {
          break;
        }
        answer.write(buf, 0, n);
      }
    } catch (IOException e) {
      // a side went away
    } finally {
      quietly(client);
      quietly(up);
    }
  }

  private void send(byte[] answer, OutputStream out) throws IOException {
    lastAnswer = answer;
    Mode m = mode;
    byte[] wire =
        switch (m) {
          case CLEAN -> answer;
          case MUTATE -> random.nextInt(4) == 0 ? answer : damaged(answer);
          case FLOOD -> {
            count("FLOOD");
            byte[] flood = java.util.Arrays.copyOf(answer, answer.length + FLOOD_BYTES);
            random.nextBytes(flood);
            yield flood;
          }
          case ENDLESS, SILENT -> new byte[0];
        };
    synchronized (out) {
      out.write(wire);
      out.flush();
    }
  }

  private byte[] damaged(byte[] answer) {
    ByteMutator.Kind kind = kinds.get(random.nextInt(kinds.size()));
    count(kind.name());
    return mutator.mutate(answer, kind);
  }

  /**
   * While the mode is ENDLESS: the first byte of a real answer, then bytes of the real answers' own
   * alphabet (hex digits for ASCII protocols) without a carriage return, 4 KiB every 20 ms.
   */
  private void endless(Socket client) {
    try {
      OutputStream out = client.getOutputStream();
      boolean started = false;
      while (!client.isClosed()) {
        if (mode != Mode.ENDLESS) {
          started = false;
          Thread.sleep(20);
          continue;
        }
        byte[] alphabet = lastAnswer;
        byte[] chunk = new byte[1024];
        for (int i = 0; i < chunk.length; i++) {
          byte b = alphabet[1 + random.nextInt(alphabet.length - 1)];
          chunk[i] = b == '\r' ? (byte) '0' : b;
        }
        if (!started) {
          chunk[0] = alphabet[0];
          started = true;
          count("ENDLESS");
        }
        synchronized (out) {
          out.write(chunk);
          out.flush();
        }
        Thread.sleep(80);
      }
    } catch (IOException e) {
      // closed
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void count(String kind) {
    damage.computeIfAbsent(kind, k -> new LongAdder()).increment();
  }

  private static void daemon(String name, Runnable r) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    t.start();
  }

  private static void quietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      // already closed
    }
  }
}
