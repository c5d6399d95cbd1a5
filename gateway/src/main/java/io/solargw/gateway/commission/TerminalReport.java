package io.solargw.gateway.commission;

import java.io.PrintWriter;

/**
 * Prints a report for a terminal, device by device: one line per check with its verdict, the
 * evidence indented below, and the fix for anything not passed. ANSI colours only when asked.
 */
public final class TerminalReport {

  private static final String RESET = "\u001b[0m";

  private TerminalReport() {}

  /** Prints {@code report}; {@code colour} adds ANSI colours to the verdicts. */
  public static void print(PrintWriter out, CommissionReport report, boolean colour) {
    out.println("Commissioning report, devices read at " + report.at());
    String device = null;
    for (Check c : report.checks()) {
      if (!c.device().equals(device)) {
        device = c.device();
        out.println();
        out.println(device);
      }
      out.println("  " + tag(c.verdict(), colour) + " " + c.title());
      for (String e : c.evidence()) {
        out.println("           " + e);
      }
      if (c.verdict() != Verdict.PASS && !c.fix().isEmpty()) {
        out.println("           fix: " + c.fix());
      }
    }
    out.println();
    out.printf(
        "%d passed, %d to check by hand, %d warnings, %d failures: %s (exit status %d)%n",
        report.count(Verdict.PASS),
        report.count(Verdict.MANUAL),
        report.count(Verdict.WARN),
        report.count(Verdict.FAIL),
        report.worst() == Verdict.FAIL ? "NOT READY" : "ready",
        report.exitCode());
    out.flush();
  }

  private static String tag(Verdict v, boolean colour) {
    String word =
        switch (v) {
          case PASS -> "[ PASS ]";
          case MANUAL -> "[ HAND ]";
          case WARN -> "[ WARN ]";
          case FAIL -> "[ FAIL ]";
        };
    if (!colour) {
      return word;
    }
    String code =
        switch (v) {
          case PASS -> "\u001b[32m";
          case MANUAL -> "\u001b[36m";
          case WARN -> "\u001b[33m";
          case FAIL -> "\u001b[1;31m";
        };
    return code + word + RESET;
  }
}
