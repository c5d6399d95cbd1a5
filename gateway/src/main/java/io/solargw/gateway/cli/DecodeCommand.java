package io.solargw.gateway.cli;

import picocli.CommandLine.Command;

/** {@code decode}: decodes captured frames offline, without touching any bus. */
@Command(
    name = "decode",
    mixinStandardHelpOptions = true,
    description = {
      "Decode captured frames offline and print the values as JSON or a table.",
      "Bad input: exit status 2 and the specific error on stderr."
    },
    subcommands = {DecodeBmsCommand.class, DecodeCanCommand.class, DecodeModbusCommand.class})
public final class DecodeCommand {}
