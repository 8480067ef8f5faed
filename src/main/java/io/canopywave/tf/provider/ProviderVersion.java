package io.canopywave.tf.provider;

/** The provider's release version, from the jar manifest; {@code dev} when run from classes. */
final class ProviderVersion {
  static final String VALUE = read();

  private ProviderVersion() {}

  private static String read() {
    String version = ProviderVersion.class.getPackage().getImplementationVersion();
    return version == null || version.isBlank() ? "dev" : version;
  }
}
