package io.canopywave.tf.plugin;

import java.util.Optional;

/**
 * The one line go-plugin clients read from our stdout:
 * {@code CORE-VERSION|APP-VERSION|NETWORK|ADDRESS|PROTOCOL|SERVER-CERT}. Without TLS the last
 * field is empty.
 */
final class Handshake {
  static final int CORE_PROTOCOL_VERSION = 1;

  private Handshake() {}

  static String line(String hostAndPort, Optional<ServerCertificate> certificate) {
    return CORE_PROTOCOL_VERSION
        + "|"
        + LaunchEnvironment.PROTOCOL_VERSION
        + "|tcp|"
        + hostAndPort
        + "|grpc|"
        + certificate.map(ServerCertificate::handshakeEncoding).orElse("");
  }
}
