package io.solargw.protocol.bms.canline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.pylon.PylonCanJson;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * 150,000 random and mutated lines: each parses (and its frame decodes) or raises
 * BmsProtocolException with an offset inside the line; nothing else, and no hang.
 */
class CanLineFuzzTest {

  private static final long SEED = 0xF022_2026L;
  private static final int CASES = 150_000;
  private static final String ALPHABET =
      "tTrR0123456789abcdefABCDEFxX#.()[]' \t\r\n_-:R\u00e9\u0000";

  @Test
  void everyLineParsesOrRaisesTheModuleException() {
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run(new Random(SEED)));
  }

  private static void run(Random random) {
    int parsed = 0;
    int rejected = 0;
    for (int i = 0; i < CASES; i++) {
      String line = i % 5 == 0 ? randomText(random) : mutate(random, validLine(random));
      try {
        CanLine result = CanLineParser.parse(line);
        PylonCanJson.decode(result.frame());
        parsed++;
      } catch (BmsProtocolException e) {
        assertThat(e.offset()).as("seed %d case %d: %s", SEED, i, line).isBetween(0, line.length());
        assertThat(e.getMessage()).isNotBlank();
        rejected++;
      } catch (RuntimeException e) {
        fail("seed " + SEED + ", case " + i + ", line \"" + line + "\": " + e, e);
      }
    }
    assertThat(parsed).isGreaterThan(CASES / 20);
    assertThat(rejected).isGreaterThan(CASES / 20);
  }

  private static String validLine(Random r) {
    return CanLineFormatter.format(RandomLines.line(r));
  }

  private static String mutate(Random r, String line) {
    StringBuilder sb = new StringBuilder(line);
    int edits = r.nextInt(4);
    for (int k = 0; k < edits && !sb.isEmpty(); k++) {
      int at = r.nextInt(sb.length());
      switch (r.nextInt(4)) {
        case 0 -> sb.setCharAt(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        case 1 -> sb.insert(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        case 2 -> sb.deleteCharAt(at);
        default -> sb.setLength(at);
      }
    }
    return sb.toString();
  }

  private static String randomText(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(48);
    for (int k = 0; k < n; k++) {
      sb.append(
          r.nextInt(10) == 0
              ? (char) r.nextInt(0x3000)
              : ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
