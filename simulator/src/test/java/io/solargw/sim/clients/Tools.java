package io.solargw.sim.clients;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the independent clients the integration tests compare against: mbpoll and pymodbus (Debian's
 * /usr/bin/python3). A missing tool fails the test with how to install it; it never skips.
 */
public final class Tools {

  private static final Pattern MBPOLL_VALUE = Pattern.compile("\\[(\\d+)\\]:\\s+(-?\\w+)");

  private Tools() {}

  /**
   * What a command printed and how it ended.
   *
   * @param exit exit status
   * @param output stdout and stderr together
   */
  public record Result(int exit, String output) {}

  /** Runs {@code command} with a 30 s limit. */
  public static Result run(List<String> command) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new AssertionError(
          command.get(0)
              + " is not installed; the integration tests need it (Debian: apt-get install"
              + " mbpoll python3-pymodbus socat)",
          e);
    }
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(command + " did not finish within 30 s");
    }
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  /** mbpoll's values: reference → value (hex values as numbers). */
  public static Map<Integer, Long> mbpollValues(String output) {
    Map<Integer, Long> out = new TreeMap<>();
    Matcher m = MBPOLL_VALUE.matcher(output);
    while (m.find()) {
      String v = m.group(2);
      out.put(
          Integer.parseInt(m.group(1)),
          v.startsWith("0x") ? Long.parseLong(v.substring(2), 16) : Long.parseLong(v));
    }
    return out;
  }

  /** Runs the pymodbus client script; its JSON output is returned as text. */
  public static String pymodbus(List<String> args) throws IOException, InterruptedException {
    Path script = Files.createTempFile("pymodbus_client", ".py");
    try (var in = Tools.class.getResourceAsStream("/pymodbus_client.py")) {
      Files.write(script, in.readAllBytes());
    }
    List<String> command = new ArrayList<>(List.of("/usr/bin/python3", script.toString()));
    command.addAll(args);
    try {
      Result r = run(command);
      if (r.output().contains("No module named 'pymodbus'")) {
        throw new AssertionError("pymodbus is not installed: apt-get install python3-pymodbus");
      }
      return r.output().strip();
    } finally {
      Files.deleteIfExists(script);
    }
  }
}
