package io.solargw.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Random damage to YAML text: what a person, an editor or a broken SD card might do to a file. */
final class Mutator {

  private static final List<String> TOKENS =
      List.of(
          "abc",
          "-1",
          "0",
          "99999999999",
          "1.5",
          "0x",
          "0x25",
          "[1, 2]",
          "{a: 1}",
          "~",
          "",
          "true",
          "'quoted'",
          "\"",
          "*alias",
          "&anchor x",
          "!!binary AAA",
          "!!str 5",
          "@",
          "`",
          "%",
          "|",
          ">",
          "- x",
          "\t",
          "\u0000",
          "é",
          "3.1.1",
          "/dev/ttyUSB0",
          "host:99999",
          "[::1]:1",
          "COM3",
          "can0",
          "per-pack",
          "L4",
          "8E2",
          "yes",
          "null",
          "---",
          "...",
          "? x",
          "#",
          "a: b: c",
          "[",
          "{",
          "]",
          "}",
          "1e9",
          "-",
          "0.0.0.0",
          "\u2028",
          "💡");

  private static final String SYMBOLS = ":-[]{}#&*!|>'\"%@`,\t\n\r ?~\\";

  private Mutator() {}

  /** A random value, key or fragment. */
  static String token(Random random) {
    return TOKENS.get(random.nextInt(TOKENS.size()));
  }

  /** {@code text} after one to four random mutations. */
  static String mutate(String text, Random random) {
    String result = text;
    for (int i = 1 + random.nextInt(4); i > 0; i--) {
      result = once(result, random);
    }
    return result;
  }

  private static String once(String text, Random random) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int at = random.nextInt(lines.size());
    switch (random.nextInt(8)) {
      case 0 -> {
        return text.substring(0, random.nextInt(text.length() + 1));
      }
      case 1 -> lines.remove(at);
      case 2 -> lines.add(at, lines.get(at));
      case 3 -> lines.set(at, replaceValue(lines.get(at), token(random)));
      case 4 ->
          lines.add(at, " ".repeat(random.nextInt(8)) + randomKey(random) + ": " + token(random));
      case 5 -> lines.set(at, " ".repeat(random.nextInt(3)) + lines.get(at).stripLeading());
      case 6 -> {
        return replaceChar(text, random);
      }
      default -> {
        StringBuilder noise = new StringBuilder();
        for (int n = random.nextInt(30); n > 0; n--) {
          noise.append(token(random)).append(SYMBOLS.charAt(random.nextInt(SYMBOLS.length())));
        }
        return noise.toString();
      }
    }
    return String.join("\n", lines);
  }

  private static String replaceValue(String line, String value) {
    int colon = line.indexOf(": ");
    return colon < 0 ? line + value : line.substring(0, colon + 2) + value;
  }

  private static String randomKey(Random random) {
    List<String> keys =
        List.of("port", "buses", "mqtt", "tls", "address", "inverters", "x_y", "Port");
    return random.nextBoolean() ? keys.get(random.nextInt(keys.size())) : token(random);
  }

  private static String replaceChar(String text, Random random) {
    if (text.isEmpty()) {
      return text;
    }
    int at = random.nextInt(text.length());
    char c =
        random.nextBoolean()
            ? SYMBOLS.charAt(random.nextInt(SYMBOLS.length()))
            : (char) random.nextInt(0x3000);
    return text.substring(0, at) + c + text.substring(at + 1);
  }
}
