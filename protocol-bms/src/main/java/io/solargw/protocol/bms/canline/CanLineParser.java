package io.solargw.protocol.bms.canline;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.canline.internal.CandumpSyntax;
import io.solargw.protocol.bms.canline.internal.ClassicSyntax;
import io.solargw.protocol.bms.canline.internal.SlcanSyntax;
import java.nio.charset.StandardCharsets;

/**
 * Parses one line of CAN text into a {@link CanLine}, detecting the {@link CanLineFormat} per line.
 *
 * <p>Detection: a line of one token without '#' is SLCAN; a line whose third token (fourth after a
 * '(' timestamp) starts with '[' is classic candump output; otherwise a line holding '#' is a
 * candump log line if it starts with '(' and a compact line if not; anything else is classic.
 * Trailing CR/LF are ignored. Every malformed line raises a {@link BmsProtocolException} with
 * reason {@code SYNTAX}, {@code NON_HEX}, {@code ODD_LENGTH}, {@code LENGTH} or {@code
 * OUT_OF_RANGE}, the character offset and what was expected there. Parsing never throws anything
 * else.
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
    String[] tokens = line.strip().split("[ \\t]+", 2);
    if (tokens[0].isEmpty()) {
      throw new BmsProtocolException(
          BmsProtocolException.Reason.SYNTAX,
          0,
          "empty line: expected an SLCAN or candump frame",
          line.getBytes(StandardCharsets.ISO_8859_1));
    }
    if (tokens.length == 1 && !tokens[0].contains("#")) {
      return CanLineFormat.SLCAN;
    }
    int first = tokens[0].startsWith("(") ? 1 : 0;
    String[] all = line.strip().split("[ \\t]+", first + 4);
    if (all.length > first + 2 && all[first + 2].startsWith("[")) {
      return CanLineFormat.CANDUMP_CLASSIC;
    }
    if (line.indexOf('#') >= 0) {
      return first == 1 ? CanLineFormat.CANDUMP_LOG : CanLineFormat.CANDUMP_COMPACT;
    }
    return CanLineFormat.CANDUMP_CLASSIC;
  }
}
