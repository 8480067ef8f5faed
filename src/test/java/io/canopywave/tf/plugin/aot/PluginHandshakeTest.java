package io.canopywave.tf.plugin.aot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PluginHandshakeTest {

  private static final byte[] CERTIFICATE = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  private static final String UNPADDED = Base64.getEncoder().withoutPadding()
      .encodeToString(CERTIFICATE);

  @Test
  void parse_tcpLineWithUnpaddedCertificate_givesHostPortAndDer() {
    var handshake = PluginHandshake.parse("1|6|tcp|127.0.0.1:12345|grpc|" + UNPADDED + "\n");

    assertThat(handshake.protocolVersion()).isEqualTo(6);
    assertThat(handshake.unixSocket()).isFalse();
    assertThat(handshake.host()).isEqualTo("127.0.0.1");
    assertThat(handshake.port()).isEqualTo(12345);
    assertThat(handshake.serverCertificate()).containsExactly(CERTIFICATE);
  }

  @Test
  void parse_unixLine_keepsTheSocketPath() {
    var handshake = PluginHandshake.parse("1|5|unix|/tmp/plugin123|grpc|" + UNPADDED);

    assertThat(handshake.protocolVersion()).isEqualTo(5);
    assertThat(handshake.unixSocket()).isTrue();
    assertThat(handshake.address()).isEqualTo("/tmp/plugin123");
  }

  @Test
  void parse_netRpcOrWrongCoreVersion_refused() {
    assertThatThrownBy(() -> PluginHandshake.parse("1|6|tcp|127.0.0.1:1|netrpc|x"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> PluginHandshake.parse("2|6|tcp|127.0.0.1:1|grpc|x"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> PluginHandshake.parse("Java 25 or newer is needed"))
        .isInstanceOf(IllegalStateException.class);
  }
}
