package io.canopywave.tf.plugin.spare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
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

  @Test
  void wipeRead_afterARequestInSeveralParts_keepsNoCopyOfAnyPart() throws Exception {
    // As the launcher writes it, and as a pipe delivers it to a spare that reads promptly: the
    // directory, the environment and the final empty entry, each read on its own.
    Queue<byte[]> parts = new ArrayDeque<>(List.of(
        "/pool/claimed.7\0".getBytes(StandardCharsets.UTF_8),
        "HOME=/home/me\0CANOPYWAVE_API_KEY=very-secret-key\0".getBytes(StandardCharsets.UTF_8),
        "\0".getBytes(StandardCharsets.UTF_8)));
    InputStream pipe = new InputStream() {
      @Override
      public int read() {
        throw new UnsupportedOperationException("read in parts only");
      }

      @Override
      public int read(byte[] into, int offset, int length) {
        byte[] part = parts.poll();
        if (part == null) {
          return -1;
        }
        System.arraycopy(part, 0, into, offset, part.length);
        return part.length;
      }
    };
    RequestStream in = new RequestStream(pipe);

    SessionRequest request = SessionRequest.read(in);
    in.wipeRead();

    assertThat(request.environment()).containsEntry("CANOPYWAVE_API_KEY", "very-secret-key");
    assertThat(in.bufferCopy()).containsOnly((byte) 0);
  }
}
