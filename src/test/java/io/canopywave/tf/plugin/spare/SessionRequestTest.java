package io.canopywave.tf.plugin.spare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SessionRequestTest {

  private static InputStream wire(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void read_directoryVariablesAndEmptyEntry_givesThemAllAndStopsThere() throws IOException {
    InputStream in = wire("/pool/claimed.42\0A=1\0B=x=y\0MULTI=line one\nline two\0\0JUNK");

    SessionRequest request = SessionRequest.read(in);

    assertThat(request.claimedDirectory()).isEqualTo(Path.of("/pool/claimed.42"));
    assertThat(request.environment())
        .containsEntry("A", "1")
        .containsEntry("B", "x=y")
        .containsEntry("MULTI", "line one\nline two")
        .hasSize(3);
    assertThat(in.readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("JUNK");
  }

  @Test
  void read_entryWithoutEqualsOrName_isSkipped() throws IOException {
    SessionRequest request = SessionRequest.read(wire("/d\0NOEQUALS\0=value\0OK=1\0\0"));

    assertThat(request.environment()).containsOnlyKeys("OK");
  }

  @Test
  void read_endsBeforeTheEmptyEntry_isAnError() {
    assertThatThrownBy(() -> SessionRequest.read(wire("/d\0A=1\0")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("ended before its last entry");
  }

  @Test
  void read_noDirectory_isAnError() {
    assertThatThrownBy(() -> SessionRequest.read(wire("\0A=1\0\0")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("names no directory");
  }

  @Test
  void read_endlessRequest_isRefusedPastTheLimit() {
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 'x';
      }
    };

    assertThatThrownBy(() -> SessionRequest.read(endless))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("larger than");
  }
}
