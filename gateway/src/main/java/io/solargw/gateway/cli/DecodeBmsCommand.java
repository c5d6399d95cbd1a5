package io.solargw.gateway.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code decode bms}: placeholder until the decoder lands. */
@Command(name = "bms", mixinStandardHelpOptions = true, description = "Decode bms frames.")
public final class DecodeBmsCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("decode bms: not implemented yet");
    return 1;
  }
}
