package io.solargw.gateway.cli;

import io.solargw.protocol.inverter.InverterProtocolException;
import io.solargw.protocol.inverter.codes.CodeTable;
import io.solargw.protocol.inverter.codes.CodeTableException;
import io.solargw.protocol.inverter.decode.CodeTableReference;
import io.solargw.protocol.inverter.decode.InverterSnapshot;
import io.solargw.protocol.inverter.decode.RegisterImage;
import io.solargw.protocol.inverter.decode.SnapshotDecoder;
import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.ProfileException;
import io.solargw.protocol.inverter.profile.ProfileLoader;
import io.solargw.protocol.inverter.rtu.ReadRequest;
import io.solargw.protocol.inverter.rtu.ReadResponse;
import io.solargw.protocol.inverter.rtu.RtuCodec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code decode modbus}: decodes inverter register values (words from {@code --start}) or a raw
 * Modbus RTU read response ({@code --frame}, CRC and byte count checked) through a register-map
 * profile, printing the decoded points, setting read-backs, LCD pages and active codes. See
 * docs/reference/inverter-points.md.
 */
@Command(
    name = "modbus",
    mixinStandardHelpOptions = true,
    description = {
      "Decode SRNE-family inverter registers through a register-map profile.",
      "WORD is one register value, 4 hex digits (0107 or 0x0107), starting at --start.",
      "--frame takes a raw RTU read response (function 0x03, with CRC); --request gives",
      "the request it answers (start address, count and unit are then checked), else",
      "--start is required. Only points whose registers were all given are printed,",
      "plus the LCD pages and codes they allow. Bad input: exit status 2 and one",
      "'error: ...' line. Reference: docs/reference/inverter-points.md."
    })
public final class DecodeModbusCommand implements Callable<Integer> {

  private static final int BAD_INPUT = 2;
  private static final List<Integer> SYSTEM_VOLTS = List.of(12, 24, 36, 48);

  @Spec CommandSpec spec;

  @Mixin OutputOptions output = new OutputOptions();

  @Parameters(paramLabel = "WORD", arity = "0..*", description = "Register values, 4 hex digits.")
  List<String> words;

  @Option(
      names = "--start",
      paramLabel = "ADDR",
      description = "Address of the first WORD (or of the --frame registers), hex: 0x0100.")
  String start;

  @Option(names = "--frame", paramLabel = "HEX", description = "Raw RTU read response, hex.")
  String frame;

  @Option(names = "--request", paramLabel = "HEX", description = "The RTU read request, hex.")
  String request;

  @Option(
      names = "--system-voltage",
      paramLabel = "V",
      description = "Battery system voltage 12/24/36/48 (else E003 if given).")
  String systemVoltage;

  @Option(
      names = "--profile",
      paramLabel = "FILE",
      description = "Register-map profile YAML (default: the bundled srne-default).")
  Path profile;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      InverterProfile p =
          profile == null ? ProfileLoader.loadDefault() : ProfileLoader.load(profile);
      SnapshotDecoder decoder = new SnapshotDecoder(p, codeTable(p));
      InverterSnapshot snapshot = decoder.decode(image(), volts());
      ValuePrinter.print(out, snapshot.toJson(), output.json());
      return 0;
    } catch (BadInput | ProfileException | InverterProtocolException | IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.flush();
      return BAD_INPUT;
    }
  }

  private CodeTable codeTable(InverterProfile p) throws BadInput {
    Path base = profile == null ? null : profile.toAbsolutePath().getParent();
    try {
      return CodeTableReference.resolve(p.codeTable(), base);
    } catch (NoSuchFileException e) {
      throw new BadInput("code table '" + p.codeTable() + "' of the profile: no such file");
    } catch (CodeTableException | IOException e) {
      throw new BadInput("code table '" + p.codeTable() + "' of the profile: " + e.getMessage());
    }
  }

  private RegisterImage image() throws BadInput, InverterProtocolException {
    boolean haveWords = words != null && !words.isEmpty();
    if (frame != null) {
      if (haveWords) {
        throw new BadInput("give either WORD arguments or --frame, not both");
      }
      return fromFrame();
    }
    if (request != null) {
      throw new BadInput("--request needs --frame");
    }
    if (!haveWords) {
      throw new BadInput("no input: give --start ADDR and WORD arguments, or --frame HEX");
    }
    int first = startAddress().orElseThrow(() -> new BadInput("WORD arguments need --start"));
    List<Integer> values = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      values.add(word(i + 1, words.get(i)));
    }
    if (first + values.size() - 1 > 0xFFFF) {
      throw new BadInput(
          String.format("%d words from 0x%04X run past register 0xFFFF", values.size(), first));
    }
    return RegisterImage.of(first, values);
  }

  private RegisterImage fromFrame() throws BadInput, InverterProtocolException {
    byte[] response = hex("--frame", frame);
    ReadRequest req;
    if (request != null) {
      req = ReadRequest.fromFrame(hex("--request", request));
      if (start != null) {
        throw new BadInput("give either --request or --start, not both");
      }
    } else {
      int first =
          startAddress().orElseThrow(() -> new BadInput("--frame needs --request or --start"));
      if (response.length < 3) {
        throw new BadInput("--frame has " + response.length + " bytes, too short for a response");
      }
      int count = Math.max(1, (response[2] & 0xFF) / 2);
      req = ReadRequest.holding(response[0] & 0xFF, first, Math.min(count, 0x10000 - first));
    }
    ReadResponse decoded = RtuCodec.decodeReadResponse(req, response);
    return RegisterImage.of(List.of(decoded));
  }

  private Optional<Integer> startAddress() throws BadInput {
    if (start == null) {
      return Optional.empty();
    }
    String digits = start.strip();
    digits = digits.startsWith("0x") || digits.startsWith("0X") ? digits.substring(2) : digits;
    if (!digits.matches("[0-9A-Fa-f]{1,4}")) {
      throw new BadInput("--start '" + start + "' is not a register address (hex 0x0000..0xFFFF)");
    }
    return Optional.of(Integer.parseInt(digits, 16));
  }

  private static int word(int position, String text) throws BadInput {
    String digits = text.strip();
    digits = digits.startsWith("0x") || digits.startsWith("0X") ? digits.substring(2) : digits;
    if (!digits.matches("[0-9A-Fa-f]{4}")) {
      throw new BadInput("WORD " + position + " '" + text + "' is not 4 hex digits");
    }
    return Integer.parseInt(digits, 16);
  }

  private static byte[] hex(String option, String text) throws BadInput {
    String compact = text.replaceAll("[\\s:]", "");
    if (compact.startsWith("0x") || compact.startsWith("0X")) {
      compact = compact.substring(2);
    }
    if (compact.isEmpty() || compact.length() % 2 != 0 || !compact.matches("[0-9A-Fa-f]+")) {
      throw new BadInput(option + " '" + text + "' is not hex bytes (e.g. \"01 03 02 00 1b ...\")");
    }
    return HexFormat.of().parseHex(compact);
  }

  private Optional<Integer> volts() throws BadInput {
    if (systemVoltage == null) {
      return Optional.empty();
    }
    try {
      int v = Integer.parseInt(systemVoltage.strip().replaceFirst("[Vv]$", ""));
      if (SYSTEM_VOLTS.contains(v)) {
        return Optional.of(v);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadInput("--system-voltage '" + systemVoltage + "' must be 12, 24, 36 or 48");
  }

  /** A command-line mistake, reported as one line with exit status 2. */
  private static final class BadInput extends Exception {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
      super(message);
    }
  }
}
