package io.solargw.gateway.http;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small checker of the Prometheus text format 0.0.4, strict where our writer must be: every
 * sample line is {@code name{labels} value}, each family has HELP and TYPE before its samples,
 * families are contiguous, label values are correctly escaped, values are Go floats.
 */
final class PrometheusLint {

  /** One parsed sample, label values unescaped. */
  record Sample(String name, Map<String, String> labels, String value) {}

  private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
  private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") (.*)");
  private static final Pattern TYPE =
      Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");
  private static final Pattern SAMPLE =
      Pattern.compile("(" + NAME + ")(\\{(.*)\\})? (\\S+)( -?[0-9]+)?");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"(,|$)");
  private static final Pattern VALUE =
      Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?|NaN|[+-]Inf");

  private PrometheusLint() {}

  /** The samples of {@code text}; throws {@link AssertionError} naming the line on any error. */
  static List<Sample> parse(String text) {
    if (!text.isEmpty() && !text.endsWith("\n")) {
      throw new AssertionError("text must end with a line feed");
    }
    List<Sample> samples = new ArrayList<>();
    Set<String> helped = new HashSet<>();
    Set<String> typed = new HashSet<>();
    Set<String> closed = new HashSet<>();
    String current = null;
    String[] lines = text.isEmpty() ? new String[0] : text.split("\n", -1);
    for (int i = 0; i < lines.length - 1; i++) {
      String line = lines[i];
      String where = "line " + (i + 1) + " '" + line + "': ";
      Matcher m;
      if ((m = HELP.matcher(line)).matches()) {
        current = open(m.group(1), current, closed, where);
        check(helped.add(m.group(1)), where + "second HELP");
        check(!typed.contains(m.group(1)), where + "HELP after TYPE");
        check(!m.group(2).matches(".*(?<!\\\\)\\\\[^\\\\n].*"), where + "bad escape in HELP");
      } else if ((m = TYPE.matcher(line)).matches()) {
        current = open(m.group(1), current, closed, where);
        check(typed.add(m.group(1)), where + "second TYPE");
      } else if ((m = SAMPLE.matcher(line)).matches()) {
        String name = m.group(1);
        check(name.equals(current), where + "sample outside its family (current " + current + ")");
        check(helped.contains(name) && typed.contains(name), where + "no HELP/TYPE before");
        check(VALUE.matcher(m.group(4)).matches(), where + "value is not a float");
        samples.add(new Sample(name, labels(m.group(3), where), m.group(4)));
      } else {
        throw new AssertionError(where + "neither HELP, TYPE nor a sample");
      }
    }
    return samples;
  }

  private static String open(String name, String current, Set<String> closed, String where) {
    if (!name.equals(current)) {
      check(current == null || closed.add(current), where + "family reopened");
      check(!closed.contains(name), where + "family " + name + " reopened");
    }
    return name;
  }

  private static Map<String, String> labels(String text, String where) {
    Map<String, String> out = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    Matcher m = LABEL.matcher(text);
    int at = 0;
    while (at < text.length()) {
      check(m.find(at) && m.start() == at, where + "bad label at " + text.substring(at));
      check(out.put(m.group(1), unescape(m.group(2))) == null, where + "duplicate label");
      at = m.end();
    }
    return out;
  }

  private static String unescape(String v) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '\\') {
        char n = v.charAt(++i);
        b.append(n == 'n' ? '\n' : n);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new AssertionError(message);
    }
  }
}
