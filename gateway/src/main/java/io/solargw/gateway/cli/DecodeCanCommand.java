package io.solargw.gateway.cli;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.canline.CanLine;
import io.solargw.protocol.bms.canline.CanLineParser;
import io.solargw.protocol.bms.pylon.CanFrame;
import io.solargw.protocol.bms.pylon.PylonCanJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code decode can}: decodes Pylontech-compatible CAN frames from SLCAN or candump lines (given as
 * arguments or read from stdin, streamed line by line) or one bare frame ({@code --id} and {@code
 * --data}). See docs/reference/bms-can.md.
 */
@Command(
    name = "can",
    mixinStandardHelpOptions = true,
    description = {
      "Decode Pylontech-compatible CAN frames (battery to inverter).",
      "LINE is SLCAN (t35181402740E740ECC01), a candump log line",
      "((1700000000.123456) can0 351#14...), compact (can0 351#14...) or classic",
      "candump output (can0  351   [8]  14 02 ...); the format is detected per line.",
      "Without LINE or --id, lines are read from stdin and streamed.",
      "One frame prints one JSON object; several LINEs or stdin print JSON Lines",
      "(one compact object per decoded line, with its line number).",
      "Bad input: 'error: [line N: ]...' on stderr, other lines are still decoded,",
      "exit status 2. Reference: docs/reference/bms-can.md."
    })
public final class DecodeCanCommand implements Callable<Integer> {

  private static final int BAD_INPUT = 2;
  private static final String SEPARATORS = "[ :.\\-]";

  @Spec CommandSpec spec;

  @Mixin OutputOptions output = new OutputOptions();

  @Parameters(paramLabel = "LINE", arity = "0..*", description = "SLCAN or candump lines.")
  List<String> lines;

  @Option(names = "--id", paramLabel = "ID", description = "CAN id of a bare frame, hex: 0x351.")
  String id;

  @Option(
      names = "--data",
      paramLabel = "HEX",
      description = "Data bytes of a bare frame: \"14 02 74 0E 74 0E CC 01\" (0-8 bytes).")
  String data;

  @Option(names = "--extended", description = "Treat --id as a 29-bit (extended) id.")
  boolean extended;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (id != null || data != null) {
      return bareFrame(out, err);
    }
    Batch batch = new Batch(out, err, output.json());
    if (lines != null && !lines.isEmpty()) {
      batch.several = lines.size() > 1;
      for (String line : lines) {
        batch.decode(line);
      }
    } else {
      batch.several = true;
      readStdin(batch);
    }
    return batch.finish();
  }

  private int bareFrame(PrintWriter out, PrintWriter err) {
    try {
      if (lines != null && !lines.isEmpty()) {
        throw new IllegalArgumentException("give either LINE arguments or --id/--data, not both");
      }
      if (id == null || data == null) {
        throw new IllegalArgumentException(id == null ? "--data needs --id" : "--id needs --data");
      }
      CanFrame frame = frameOf(parseId(id, extended), parseData(data));
      ValuePrinter.print(out, PylonCanJson.decode(frame), output.json());
      return 0;
    } catch (IllegalArgumentException | BmsProtocolException e) {
      err.println("error: " + e.getMessage());
      err.flush();
      return BAD_INPUT;
    }
  }

  private static void readStdin(Batch batch) {
    // ISO-8859-1 maps every byte to one character, so odd bytes reach the parser and are reported
    // with their offset instead of failing the read; lines are streamed, never collected.
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.ISO_8859_1));
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          batch.lineNumber++;
        } else {
          batch.decode(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read stdin", e);
    }
  }

  static int parseId(String text, boolean extended) {
    String digits = text.strip();
    if (digits.startsWith("0x") || digits.startsWith("0X")) {
      digits = digits.substring(2);
    }
    long value;
    try {
      value = digits.length() > 8 ? -1 : Long.parseLong(digits, 16);
    } catch (NumberFormatException e) {
      value = -1;
    }
    if (value < 0) {
      throw new IllegalArgumentException("--id '" + text + "' is not a hex CAN id like 0x351");
    }
    long max = extended ? CanFrame.MAX_EXTENDED_ID : CanFrame.MAX_STANDARD_ID;
    if (value > max) {
      throw new IllegalArgumentException(
          String.format(
              "--id %s exceeds 0x%X, the largest %s id%s",
              text, max, extended ? "29-bit" : "11-bit", extended ? "" : "; add --extended"));
    }
    return (int) value;
  }

  static byte[] parseData(String text) {
    String digits = text.strip().replaceAll(SEPARATORS, "");
    for (int i = 0; i < digits.length(); i++) {
      if (!HexFormat.isHexDigit(digits.charAt(i))) {
        throw new IllegalArgumentException(
            "--data '" + text + "': '" + digits.charAt(i) + "' is not a hex digit");
      }
    }
    if (digits.length() % 2 != 0) {
      throw new IllegalArgumentException(
          "--data '" + text + "' has an odd number of hex digits (" + digits.length() + ")");
    }
    if (digits.length() > 2 * CanFrame.MAX_DLC) {
      throw new IllegalArgumentException(
          "--data '"
              + text
              + "' has "
              + digits.length() / 2
              + " bytes; a classic CAN frame carries at most 8");
    }
    return HexFormat.of().parseHex(digits);
  }

  private CanFrame frameOf(int canId, byte[] bytes) {
    return extended ? CanFrame.extended(canId, bytes) : CanFrame.standard(canId, bytes);
  }

  /** Decodes lines one at a time, printing each result at once and counting the bad ones. */
  private static final class Batch {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;
    private boolean several;
    private int lineNumber;
    private int decoded;
    private int bad;

    Batch(PrintWriter out, PrintWriter err, boolean json) {
      this.out = out;
      this.err = err;
      this.json = json;
    }

    void decode(String line) {
      lineNumber++;
      try {
        CanLine parsed = CanLineParser.parse(line);
        Map<String, Object> tree = tree(parsed);
        print(tree);
        decoded++;
      } catch (BmsProtocolException e) {
        bad++;
        err.println("error: " + (several ? "line " + lineNumber + ": " : "") + e.getMessage());
      }
    }

    private Map<String, Object> tree(CanLine line) throws BmsProtocolException {
      Map<String, Object> tree = new LinkedHashMap<>();
      if (several) {
        tree.put("line", lineNumber);
      }
      tree.put("format", line.format().name().toLowerCase(Locale.ROOT));
      line.interfaceName().ifPresent(name -> tree.put("interface", name));
      line.timestampSeconds().ifPresent(ts -> tree.put("timestamp_s", ts));
      line.slcanTimestampMillis().ifPresent(ms -> tree.put("slcan_timestamp_ms", ms));
      tree.putAll(PylonCanJson.decode(line.frame()));
      return tree;
    }

    private void print(Map<String, Object> tree) {
      if (!several) {
        ValuePrinter.print(out, tree, json);
      } else if (json) {
        out.println(JsonLines.compact(ValuePrinter.toJson(tree)));
      } else {
        if (decoded > 0) {
          out.println();
        }
        ValuePrinter.print(out, tree, false);
      }
    }

    int finish() {
      out.flush();
      if (several && bad > 0) {
        err.println("error: " + bad + " of " + (bad + decoded) + " lines could not be decoded");
      }
      err.flush();
      return bad > 0 ? BAD_INPUT : 0;
    }
  }

  /** Folds pretty-printed JSON onto one line for JSON Lines output. */
  static final class JsonLines {
    private JsonLines() {}

    /**
     * Drops the whitespace outside strings; inside strings a line break is always escaped, so no
     * value changes.
     */
    static String compact(String json) {
      StringBuilder sb = new StringBuilder(json.length());
      boolean inString = false;
      for (int i = 0; i < json.length(); i++) {
        char ch = json.charAt(i);
        if (inString) {
          sb.append(ch);
          if (ch == '\\') {
            sb.append(json.charAt(++i));
          } else if (ch == '"') {
            inString = false;
          }
        } else if (ch == '"') {
          inString = true;
          sb.append(ch);
        } else if (!Character.isWhitespace(ch)) {
          sb.append(ch);
        }
      }
      return sb.toString();
    }
  }
}
