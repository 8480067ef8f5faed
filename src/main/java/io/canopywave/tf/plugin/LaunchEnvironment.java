package io.canopywave.tf.plugin;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * What the client (OpenTofu or Terraform) tells a plugin through its environment when it starts
 * it: the magic cookie, the protocol versions it speaks, the ports and its TLS certificate.
 */
record LaunchEnvironment(PortRange ports, Optional<String> clientCertificatePem) {
  static final String COOKIE_KEY = "TF_PLUGIN_MAGIC_COOKIE";
  static final String COOKIE_VALUE =
      "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";
  static final int PROTOCOL_VERSION = 6;

  static final String NOT_A_PROGRAM =
      """
      This binary is a plugin for OpenTofu and Terraform: the Canopy Wave provider.
      It is not meant to be run directly. Declare it in a configuration's required_providers
      block (source = "canopywave/canopywave") and run tofu or terraform instead.
      To run it by hand for debugging, start it with --debug.""";

  /** Checks the cookie and the protocol version, then reads the rest. */
  static LaunchEnvironment fromEnvironment(Map<String, String> environment)
      throws LaunchException {
    if (!COOKIE_VALUE.equals(environment.get(COOKIE_KEY))) {
      throw new LaunchException(NOT_A_PROGRAM);
    }
    String versions = environment.get("PLUGIN_PROTOCOL_VERSIONS");
    if (versions != null && !versions.isBlank() && !offersOurVersion(versions)) {
      throw new LaunchException(
          "The client offers plugin protocol versions "
              + versions.trim()
              + ", but this provider speaks only version "
              + PROTOCOL_VERSION
              + ". Use OpenTofu 1.0 or Terraform 1.0 or newer.");
    }
    String pem = environment.get("PLUGIN_CLIENT_CERT");
    Optional<String> certificate =
        pem == null || pem.isBlank() ? Optional.empty() : Optional.of(pem);
    return new LaunchEnvironment(PortRange.fromEnvironment(environment), certificate);
  }

  private static boolean offersOurVersion(String versions) {
    return Arrays.stream(versions.split(","))
        .map(String::trim)
        .anyMatch(String.valueOf(PROTOCOL_VERSION)::equals);
  }
}
