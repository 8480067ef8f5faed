package io.canopywave.tf.plugin.spare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestStreamTest {
  @Test
  void wipeRead_afterARequest_keepsNoCopyOfItButKeepsWhatFollows() throws Exception {
    RequestStream in = new RequestStream(new ByteArrayInputStream(
        "/pool/claimed.7\0CANOPYWAVE_API_KEY=very-secret-key\0\0NEXT".getBytes(
            StandardCharsets.UTF_8)));

    SessionRequest request = SessionRequest.read(in);
    assertThat(new String(in.bufferCopy(), StandardCharsets.ISO_8859_1))
        .as("before the wipe").contains("very-secret-key");
    in.wipeRead();

    assertThat(request.environment()).containsEntry("CANOPYWAVE_API_KEY", "very-secret-key");
    assertThat(new String(in.bufferCopy(), StandardCharsets.ISO_8859_1))
        .doesNotContain("very-secret-key").doesNotContain("claimed.7").contains("NEXT");
    assertThat(in.readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("NEXT");
  }
}
