package io.solargw.gateway.http.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Writes the Prometheus text exposition format 0.0.4: per family one {@code # HELP} and one {@code
 * # TYPE} line, then its samples {@code name{label="value",...} number}, one per line, LF endings.
 */
public final class PrometheusText {

  /** The Content-Type of the format. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  private final StringBuilder out = new StringBuilder();

  /** Starts a family; its samples must follow before the next family. */
  public PrometheusText family(String name, String type, String help) {
    check(METRIC_NAME, name, "metric name");
    out.append("# HELP ").append(name).append(' ').append(escapeHelp(help)).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    return this;
  }

  /** One sample; {@code labels} alternate name and value. */
  public PrometheusText sample(String name, Number value, String... labels) {
    if (labels.length % 2 != 0) {
      throw new IllegalArgumentException("labels must be name/value pairs, got " + labels.length);
    }
    out.append(name);
    if (labels.length > 0) {
      out.append('{');
      for (int i = 0; i < labels.length; i += 2) {
        check(LABEL_NAME, labels[i], "label name");
        out.append(i == 0 ? "" : ",").append(labels[i]).append("=\"");
        out.append(escapeLabelValue(labels[i + 1])).append('"');
      }
      out.append('}');
    }
    out.append(' ').append(format(value)).append('\n');
    return this;
  }

  /** The text so far. */
  public String text() {
    return out.toString();
  }

  /** Label values escape backslash, double quote and line feed. */
  public static String escapeLabelValue(String v) {
    return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  /** HELP text escapes backslash and line feed. */
  static String escapeHelp(String v) {
    return v.replace("\\", "\\\\").replace("\n", "\\n");
  }

  /** Go float syntax: integers as is, decimals plain, NaN and +Inf/-Inf spelled out. */
  static String format(Number n) {
    if (n instanceof Double || n instanceof Float) {
      double d = n.doubleValue();
      if (Double.isNaN(d)) {
        return "NaN";
      }
      if (Double.isInfinite(d)) {
        return d > 0 ? "+Inf" : "-Inf";
      }
      return BigDecimal.valueOf(d).toPlainString();
    }
    if (n instanceof BigDecimal b) {
      return b.toPlainString();
    }
    return Long.toString(n.longValue());
  }

  private static void check(Pattern p, String name, String what) {
    if (!p.matcher(name).matches()) {
      throw new IllegalArgumentException(what + " must match " + p.pattern() + ", got " + name);
    }
  }
}
