package io.solargw.gateway.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code decode can}: placeholder until the decoder lands. */
@Command(name = "can", mixinStandardHelpOptions = true, description = "Decode can frames.")
public final class DecodeCanCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("decode can: not implemented yet");
    return 1;
  }
}
