package io.solargw.protocol.bms.pace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.pace.ParseResult.NeedMoreBytes;
import io.solargw.protocol.bms.pace.internal.Hex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * At least 100,000 random and mutated frames per run: each either decodes (and maps to JSON) or
 * raises BmsProtocolException, never another exception, never a hang. A third of them carry valid
 * checksums around random or mutated INFO so that the INFO decoders are exercised, not just the
 * frame checks. Failures print the seed and the input.
 */
class FuzzTest {

  private static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());
  private static final int FRAMES = 100_000;

  private final Random random = new Random(SEED);
  private final List<byte[]> seeds = seedFrames();
  private final List<CommandCode> commands = allCommands();

  @Test
  void randomAndMutatedFramesDecodeOrFailWithTheModulesException() {
    int decoded = 0;
    int rejected = 0;
    for (int i = 0; i < FRAMES; i++) {
      byte[] input =
          switch (i % 3) {
            case 0 -> randomBytes();
            case 1 -> mutate(seeds.get(random.nextInt(seeds.size())));
            default -> checksummed();
          };
      try {
        decodeOneWay(FrameCodec.decode(input));
        decoded++;
      } catch (BmsProtocolException expected) {
        rejected++;
      } catch (RuntimeException | StackOverflowError e) {
        fail("seed " + SEED + ", frame " + i + ": " + Hex.printable(input) + " threw " + e, e);
      }
      if (i % 20 == 0) {
        parse(input, i);
      }
    }
    assertThat(decoded + rejected).isEqualTo(FRAMES);
    assertThat(decoded)
        .as("seed " + SEED + ": some fuzzed frames must get past framing")
        .isPositive();
  }

  /** One of the three ways a frame gets decoded, chosen at random. */
  private void decodeOneWay(Frame frame) throws BmsProtocolException {
    switch (random.nextInt(3)) {
      case 0 -> ResponseDecoder.decodeUnsolicited(frame).toMap();
      case 1 -> ResponseDecoder.decode(frame, randomContext()).toMap();
      default -> Request.fromFrame(frame).toMap();
    }
  }

  private ResponseContext randomContext() {
    Dialect dialect = random.nextBoolean() ? Dialect.PACE : Dialect.PYLONTECH;
    return new ResponseContext(
        dialect,
        commands.get(random.nextInt(commands.size())),
        random.nextBoolean() ? OptionalInt.of(random.nextInt(256)) : OptionalInt.empty(),
        OptionalInt.empty(),
        Request.LIFEPO4,
        random.nextInt(8) == 0 ? OptionalInt.of(random.nextInt(20)) : OptionalInt.empty());
  }

  private void parse(byte[] input, int i) {
    StreamParser parser = new StreamParser();
    try {
      for (int at = 0; at < input.length; ) {
        int n = 1 + random.nextInt(input.length - at);
        parser.feed(input, at, n);
        at += n;
        for (int guard = 0; !(parser.next() instanceof NeedMoreBytes); guard++) {
          if (guard > input.length + 2) {
            fail("seed " + SEED + ", frame " + i + ": parser does not settle");
          }
        }
      }
      parser.timeout();
    } catch (RuntimeException e) {
      fail("seed " + SEED + ", frame " + i + ": parser threw on " + Hex.printable(input), e);
    }
  }

  private byte[] randomBytes() {
    byte[] b = new byte[random.nextInt(200)];
    random.nextBytes(b);
    if (b.length > 0 && random.nextBoolean()) {
      b[0] = '~';
      b[b.length - 1] = '\r';
    }
    return b;
  }

  private byte[] mutate(byte[] original) {
    byte[] b = original.clone();
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && b.length > 0; e++) {
      int at = random.nextInt(b.length);
      switch (random.nextInt(4)) {
        case 0 -> b[at] = (byte) random.nextInt(256);
        case 1 -> b[at] = (byte) "0123456789ABCDEF".charAt(random.nextInt(16));
        case 2 -> b = Arrays.copyOf(b, at);
        default -> {
          byte[] longer = Arrays.copyOf(b, b.length + 1);
          System.arraycopy(b, at, longer, at + 1, b.length - at);
          longer[at] = (byte) random.nextInt(256);
          b = longer;
        }
      }
    }
    return b;
  }

  /** A frame with valid checksums around random or mutated INFO. */
  private byte[] checksummed() {
    byte[] info;
    if (random.nextBoolean()) {
      info = new byte[random.nextInt(160)];
      random.nextBytes(info);
    } else {
      try {
        byte[] base = FrameCodec.decode(seeds.get(random.nextInt(seeds.size()))).info();
        info = base.length == 0 ? base : infoMutation(base);
      } catch (BmsProtocolException e) {
        info = new byte[0];
      }
    }
    int[] versions = {0x25, 0x20, random.nextInt(256)};
    int version = versions[random.nextInt(3)];
    int rtn = random.nextInt(10) == 0 ? random.nextInt(256) : 0;
    int cid1 = random.nextInt(20) == 0 ? random.nextInt(256) : 0x46;
    return new Frame(version, random.nextInt(256), cid1, rtn, info).encode();
  }

  private byte[] infoMutation(byte[] base) {
    byte[] b = base.clone();
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      b[random.nextInt(b.length)] = (byte) random.nextInt(256);
    }
    return random.nextInt(4) == 0 ? Arrays.copyOf(b, random.nextInt(b.length + 1)) : b;
  }

  private static List<byte[]> seedFrames() {
    List<byte[]> out = new ArrayList<>();
    for (Map<String, Object> v : Vectors.everyFrame()) {
      out.add(Vectors.wire((String) v.get("frame")));
    }
    RandomResponses gen = new RandomResponses(new Random(7));
    for (int i = 0; i < 20; i++) {
      out.add(gen.analog(gen.dialect()).toFrame().encode());
      out.add(gen.alarm(gen.dialect()).toFrame().encode());
    }
    return out;
  }

  private static List<CommandCode> allCommands() {
    List<CommandCode> out = new ArrayList<>(List.of(PaceCommand.values()));
    out.addAll(List.of(PylonCommand.values()));
    out.add(new UnknownCommand(0x64));
    return out;
  }
}
