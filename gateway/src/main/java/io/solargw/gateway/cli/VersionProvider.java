package io.solargw.gateway.cli;

import picocli.CommandLine.IVersionProvider;

/** Prints the version recorded in the jar manifest. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"solar-gateway " + (v == null ? "(development build)" : v)};
  }
}
