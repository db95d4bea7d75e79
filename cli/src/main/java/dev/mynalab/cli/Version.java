package dev.mynalab.cli;

import picocli.CommandLine.IVersionProvider;

/** The harness version, from the jar manifest when packaged. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Mynalab.class.getPackage().getImplementationVersion();
    return new String[] {"mynalab " + (version == null ? "development build" : version)};
  }
}
