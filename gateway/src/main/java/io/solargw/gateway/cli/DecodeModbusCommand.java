package io.solargw.gateway.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code decode modbus}: placeholder until the decoder lands. */
@Command(name = "modbus", mixinStandardHelpOptions = true, description = "Decode modbus frames.")
public final class DecodeModbusCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("decode modbus: not implemented yet");
    return 1;
  }
}
