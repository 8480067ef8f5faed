package io.canopywave.tf.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandshakeTest {

  @Test
  void line_withoutTls_endsWithAnEmptyCertificateField() {
    assertThat(Handshake.line("127.0.0.1:10001", Optional.empty()))
        .isEqualTo("1|6|tcp|127.0.0.1:10001|grpc|");
  }

  @Test
  void line_withTls_carriesTheCertificate() throws Exception {
    ServerCertificate certificate = ServerCertificate.generate(Instant.now());

    String line = Handshake.line("127.0.0.1:10001", Optional.of(certificate));

    assertThat(line).isEqualTo("1|6|tcp|127.0.0.1:10001|grpc|" + certificate.handshakeEncoding());
    assertThat(line).doesNotContain("\n").doesNotContain("=");
  }

  @Test
  void reattachValue_namesBothRegistriesWithTheSameTarget() throws Exception {
    JsonNode value = new ObjectMapper().readTree(Reattach.value("127.0.0.1:10002", 4242));

    for (String address : new String[] {Reattach.OPENTOFU_ADDRESS, Reattach.TERRAFORM_ADDRESS}) {
      JsonNode target = value.path(address);
      assertThat(target.path("Protocol").asText()).isEqualTo("grpc");
      assertThat(target.path("ProtocolVersion").asInt()).isEqualTo(6);
      assertThat(target.path("Pid").asLong()).isEqualTo(4242);
      assertThat(target.path("Test").asBoolean()).isTrue();
      assertThat(target.path("Addr").path("Network").asText()).isEqualTo("tcp");
      assertThat(target.path("Addr").path("String").asText()).isEqualTo("127.0.0.1:10002");
    }
  }

  @Test
  void reattachInstructions_holdAShellReadyAssignment() {
    String text = Reattach.instructions("127.0.0.1:10002", 7);

    assertThat(text.lines().map(String::strip))
        .contains("TF_REATTACH_PROVIDERS='" + Reattach.value("127.0.0.1:10002", 7) + "'");
  }
}
