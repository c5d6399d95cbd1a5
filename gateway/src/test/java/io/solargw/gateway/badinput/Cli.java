package io.solargw.gateway.badinput;

import io.solargw.gateway.Main;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** One in-process run of {@code solar-gateway} with captured output and an empty stdin. */
record Cli(int exit, String out, String err) {

  static Cli run(List<String> args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    InputStream stdin = System.in;
    System.setIn(new ByteArrayInputStream(new byte[0]));
    try {
      return new Cli(cl.execute(args.toArray(String[]::new)), out.toString(), err.toString());
    } finally {
      System.setIn(stdin);
    }
  }

  /** The non-blank lines of stderr. */
  List<String> errLines() {
    return err.lines().filter(l -> !l.isBlank()).toList();
  }
}
