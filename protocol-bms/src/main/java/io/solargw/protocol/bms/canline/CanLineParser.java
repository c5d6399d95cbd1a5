package io.solargw.protocol.bms.canline;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.canline.internal.CandumpSyntax;
import io.solargw.protocol.bms.canline.internal.ClassicSyntax;
import io.solargw.protocol.bms.canline.internal.SlcanSyntax;
import java.nio.charset.StandardCharsets;

/**
 * Parses one line of CAN text into a {@link CanLine}, detecting the {@link CanLineFormat} per line.
 *
 * <p>Detection: a line without blanks and without '#' is SLCAN; a line starting (after blanks) with
 * '(' is a candump log line if its frame token holds '#', else classic output with a timestamp; a
 * line whose first or second token holds '#' is compact; anything else is classic output. Trailing
 * CR/LF are ignored. Every malformed line raises a {@link BmsProtocolException} with reason {@code
 * SYNTAX}, {@code NON_HEX}, {@code ODD_LENGTH}, {@code LENGTH} or {@code OUT_OF_RANGE}, the
 * character offset and what was expected there. Parsing never throws anything else.
 */
public final class CanLineParser {

  private CanLineParser() {}

  /** Parses {@code line}, detecting its format. */
  public static CanLine parse(String line) throws BmsProtocolException {
    return parse(line, detect(line));
  }

  /** Parses {@code line} as {@code format}. */
  public static CanLine parse(String line, CanLineFormat format) throws BmsProtocolException {
    return switch (format) {
      case SLCAN -> SlcanSyntax.parse(line);
      case CANDUMP_LOG -> CandumpSyntax.parseLog(line);
      case CANDUMP_COMPACT -> CandumpSyntax.parseCompact(line);
      case CANDUMP_CLASSIC -> ClassicSyntax.parse(line);
    };
  }

  /**
   * The format {@code line} looks like; the parser for it then says precisely what is wrong.
   *
   * @throws BmsProtocolException {@code SYNTAX} at offset 0 for an empty or blank line
   */
  public static CanLineFormat detect(String line) throws BmsProtocolException {
    String[] tokens = line.strip().split("[ \\t]+", 3);
    if (tokens[0].isEmpty()) {
      throw new BmsProtocolException(
          BmsProtocolException.Reason.SYNTAX,
          0,
          "empty line: expected an SLCAN or candump frame",
          line.getBytes(StandardCharsets.ISO_8859_1));
    }
    boolean blanks = tokens.length > 1;
    if (!blanks && !tokens[0].contains("#")) {
      return CanLineFormat.SLCAN;
    }
    if (tokens[0].startsWith("(")) {
      boolean hash = tokens.length > 2 && tokens[2].split("[ \\t]", 2)[0].contains("#");
      return hash ? CanLineFormat.CANDUMP_LOG : CanLineFormat.CANDUMP_CLASSIC;
    }
    if (tokens[0].contains("#") || tokens.length > 1 && tokens[1].contains("#")) {
      return CanLineFormat.CANDUMP_COMPACT;
    }
    return CanLineFormat.CANDUMP_CLASSIC;
  }
}
