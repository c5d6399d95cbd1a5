package io.solargw.gateway.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.pace.CommandCode;
import io.solargw.protocol.bms.pace.Dialect;
import io.solargw.protocol.bms.pace.Frame;
import io.solargw.protocol.bms.pace.FrameCodec;
import io.solargw.protocol.bms.pace.Request;
import io.solargw.protocol.bms.pace.ResponseContext;
import io.solargw.protocol.bms.pace.ResponseDecoder;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code decode bms}: decodes PACE (VER 0x25) and Pylontech (VER 0x20) RS485/RS232 ASCII frames,
 * answers and requests, offline. See docs/reference/bms-rs485.md.
 */
@Command(
    name = "bms",
    mixinStandardHelpOptions = true,
    description = {
      "Decode PACE / Pylontech RS485 ASCII frames (~25014600F07A...), with or without the",
      "trailing CR, given as arguments or one per line on stdin.",
      "An answer carries no command code: give the request that was sent (--request) or the",
      "command (--command) to decode it exactly; without them a request frame is described,",
      "an empty answer is an acknowledgement, and an answer is decoded as analog (0x42) or",
      "alarm (0x44) data if its blocks fit INFO exactly, else shown raw.",
      "One frame prints one JSON object; several print JSON Lines (one compact object per",
      "frame, with its number). Bad input: 'error: [frame N: ]...' on stderr, the other",
      "frames are still decoded, exit status 2. Reference: docs/reference/bms-rs485.md."
    })
public final class DecodeBmsCommand implements Callable<Integer> {

  private static final int BAD_INPUT = 2;
  private static final ObjectMapper COMPACT = new ObjectMapper();

  @Spec CommandSpec spec;

  @Mixin OutputOptions output = new OutputOptions();

  @Parameters(paramLabel = "FRAME", arity = "0..*", description = "ASCII frames (~...).")
  List<String> frames;

  @Option(
      names = "--request",
      paramLabel = "FRAME",
      description =
          "The request the frames answer, e.g. ~25014642E002FFFD06 (decides pack count"
              + " vs. command echo and the command).")
  String request;

  @Option(
      names = "--command",
      paramLabel = "CID2",
      description = "The command the frames answer, hex (C1, 0xEB, 92), when no --request.")
  String command;

  @Option(
      names = "--address",
      paramLabel = "ADR",
      description = "Require answers from this address (0-255); needs --request or --command.")
  Integer address;

  @Option(
      names = "--cells",
      paramLabel = "N",
      description = "Require every 0x42/0x44 block to list N cells (the pack's cell count).")
  Integer cells;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> lines = InputLines.argumentsOrStdin(frames);
    Request sent;
    try {
      sent = parseOptions(lines);
    } catch (IllegalArgumentException | BmsProtocolException e) {
      err.println("error: " + e.getMessage());
      err.flush();
      return BAD_INPUT;
    }
    boolean several = lines.size() > 1;
    int bad = 0;
    for (int i = 0; i < lines.size(); i++) {
      try {
        Map<String, Object> tree = new LinkedHashMap<>();
        if (several) {
          tree.put("frame", i + 1);
        }
        tree.putAll(decode(lines.get(i), sent));
        print(out, tree, several, i);
      } catch (BmsProtocolException | IllegalArgumentException e) {
        bad++;
        err.println("error: " + (several ? "frame " + (i + 1) + ": " : "") + e.getMessage());
      }
    }
    out.flush();
    err.flush();
    return bad > 0 ? BAD_INPUT : 0;
  }

  private Request parseOptions(List<String> lines) throws BmsProtocolException {
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(
          "no frame given: pass frames as arguments or one per line on stdin");
    }
    if (request != null && command != null) {
      throw new IllegalArgumentException("give either --request or --command, not both");
    }
    if ((address != null || cells != null) && request == null && command == null) {
      throw new IllegalArgumentException("--address and --cells need --request or --command");
    }
    if (address != null && (address < 0 || address > 255)) {
      throw new IllegalArgumentException("--address is " + address + "; allowed 0..255");
    }
    if (cells != null && (cells < 1 || cells > 255)) {
      throw new IllegalArgumentException("--cells is " + cells + "; allowed 1..255");
    }
    if (request == null) {
      return null;
    }
    Frame frame;
    try {
      frame = FrameCodec.decode(wire(request));
    } catch (BmsProtocolException e) {
      throw new IllegalArgumentException("--request: " + e.getMessage(), e);
    }
    if (!ResponseDecoder.isRequest(frame)) {
      throw new IllegalArgumentException(
          String.format(
              "--request %s is not a request: CID2 0x%02X is not a command of VER 0x%02X",
              request.strip(), frame.cid2(), frame.version()));
    }
    return Request.fromFrame(frame);
  }

  private Map<String, Object> decode(String line, Request sent) throws BmsProtocolException {
    byte[] wire = wire(line);
    Frame frame = FrameCodec.decode(wire);
    if (sent != null) {
      if (Arrays.equals(wire, sent.encode())) {
        throw new IllegalArgumentException(
            "the frame is byte-identical to --request: an echo of the request, not an answer");
      }
      return ResponseDecoder.decode(frame, context(ResponseContext.of(sent))).toMap();
    }
    if (command != null) {
      Dialect dialect = ResponseDecoder.dialectOf(frame);
      CommandCode code = CommandCode.of(dialect, parseCid2(command));
      return ResponseDecoder.decode(frame, context(ResponseContext.of(dialect, code))).toMap();
    }
    if (ResponseDecoder.isRequest(frame)) {
      return Request.fromFrame(frame).toMap();
    }
    return ResponseDecoder.decodeUnsolicited(frame).toMap();
  }

  private ResponseContext context(ResponseContext ctx) {
    ResponseContext c = address == null ? ctx : ctx.requiringAddress(address);
    return cells == null ? c : c.expectingCellCount(cells);
  }

  static int parseCid2(String text) {
    String digits = text.strip();
    if (digits.startsWith("0x") || digits.startsWith("0X")) {
      digits = digits.substring(2);
    }
    try {
      int value = Integer.parseInt(digits, 16);
      if (digits.length() <= 2 && value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--command '" + text + "' is not a hex CID2 like C1");
  }

  /** The frame as sent on the wire: trailing whitespace (CR/LF) replaced by exactly one CR. */
  static byte[] wire(String text) {
    return (text.stripTrailing() + "\r").getBytes(StandardCharsets.ISO_8859_1);
  }

  private void print(PrintWriter out, Map<String, Object> tree, boolean several, int index) {
    if (!several) {
      ValuePrinter.print(out, tree, output.json());
    } else if (output.json()) {
      try {
        out.println(COMPACT.writeValueAsString(tree));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("decoded value is not serialisable", e);
      }
    } else {
      if (index > 0) {
        out.println();
      }
      ValuePrinter.print(out, tree, false);
    }
  }
}
