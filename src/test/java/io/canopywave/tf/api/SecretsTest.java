package io.canopywave.tf.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.canopywave.tf.api.model.LaunchRequest;
import io.canopywave.tf.api.model.NewSshKey;
import io.canopywave.tf.api.model.Scope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The API key, passwords and private keys never reach messages or logs (F19, F20). */
class SecretsTest {
  private static final Scope SCOPE = new Scope("bob@example.com", "sequoia");
  private static final String PASSWORD = "Pw-9d2f-never-log-me";

  private final MockApi api = new MockApi();
  private final RecordingLog log = new RecordingLog();
  private final CanopyWaveClient client =
      new CanopyWaveClient(api.settings().log(log).maxRetries(1).build());

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  /** Keeps every line, with its key/value pairs, as text. */
  static final class RecordingLog implements ApiLog {
    final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    @Override
    public boolean isTraceEnabled() {
      return true;
    }

    @Override
    public void debug(String message, Object... keyValues) {
      lines.add("debug " + message + " " + Arrays.toString(keyValues));
    }

    @Override
    public void trace(String message, Object... keyValues) {
      lines.add("trace " + message + " " + Arrays.toString(keyValues));
    }
  }

  @Test
  void errorEchoingTheKey_masksItInTheException() {
    api.enqueue(401, "{\"error\": \"invalid api key " + MockApi.API_KEY + "\"}");

    ApiException e = catchThrowableOfType(ApiException.class, () -> client.account().projects());

    assertThat(e.getMessage()).doesNotContain(MockApi.API_KEY).contains("invalid api key ***");
    assertThat(e.apiMessage()).doesNotContain(MockApi.API_KEY);
    assertThat(String.join("\n", log.lines)).doesNotContain(MockApi.API_KEY);
  }

  @Test
  void traceLog_launchAndGeneratedKey_showNoSecrets() {
    api.enqueueExample("launch");
    api.enqueueExample("ssh-key-add-generated");
    api.enqueue(503, "{\"error\": \"key " + MockApi.API_KEY + " throttled\"}");
    api.enqueueExample("projects");

    client.instances().launch(new LaunchRequest(SCOPE, "web", "H100-4", "GPU-Ubuntu.22.04",
        PASSWORD, "bob-key-1", true));
    client.sshKeys().add(new NewSshKey(SCOPE, "generated", null));
    client.account().projects();

    String all = String.join("\n", log.lines);
    assertThat(all)
        .contains("POST", "/api/v1/instance-operations/launch", "\"password\":\"***\"",
            "\"privateKey\":\"***\"", "retrying")
        .doesNotContain(PASSWORD, MockApi.API_KEY, "BEGIN RSA PRIVATE KEY", "Bearer");
    assertThat(api.take().getBody().utf8()).contains(PASSWORD);
  }

  @Test
  void toStrings_neverShowSecrets() {
    ClientSettings settings = api.settings().build();
    LaunchRequest launch = new LaunchRequest(SCOPE, "web", "H100-4", "GPU-Ubuntu.22.04",
        PASSWORD, null, null);

    assertThat(settings.toString()).doesNotContain(MockApi.API_KEY).contains("apiKey=***");
    assertThat(launch.toString()).doesNotContain(PASSWORD).contains("password=***");
  }
}
