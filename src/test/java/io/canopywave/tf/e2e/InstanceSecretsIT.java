package io.canopywave.tf.e2e;

import static io.canopywave.tf.e2e.InstanceIT.ADDRESS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.canopywave.tf.e2e.support.CommandResult;
import io.canopywave.tf.e2e.support.SimulatedCloud;
import io.canopywave.tf.e2e.support.StateJson;
import io.canopywave.tf.e2e.support.TofuWorkspace;
import io.canopywave.tf.simulator.SimulatorOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Passwords, keys and the API key in logs, plans and state: F20 and F21. */
class InstanceSecretsIT {
  private static final String API_KEY = "cw-secret-api-key-3b9d17e2a4";
  private static final String WRITE_ONLY = "Wo-Pa55word-5e02d9";

  @RegisterExtension
  static final SimulatedCloud CLOUD = new SimulatedCloud(
      SimulatorOptions.defaults().withBuildSeconds(0.2).withApiKey(API_KEY));

  private static String writeOnlyInstance(String password, int version) {
    return """
        resource "canopywave_instance" "web" {
          name                = "web"
          flavor              = "H100-4"
          image               = "GPU-Ubuntu.22.04"
          password_wo         = "%s"
          password_wo_version = %d
        }
        """.formatted(password, version);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + file, e);
    }
  }

  /** F20: trace logs of apply and destroy, and the plan text, hold none of the secrets. */
  @Test
  void traceLogs_applyAndDestroy_holdNoKeyPasswordOrPrivateKey() {
    TofuWorkspace workspace = CLOUD.initialized("instance-trace", InstanceIT.instance("") + """
        resource "canopywave_ssh_key" "generated" {
          name = "generated"
        }
        """);
    Path logFile = workspace.directory().resolve("trace.log");
    workspace.withEnvironment("TF_LOG", "TRACE")
        .withEnvironment("TF_LOG_PATH", logFile.toString());

    CommandResult plan = workspace.runOk("plan", "-out=trace.tfplan", "-no-color");
    CommandResult planText = workspace.runOk("show", "-no-color", "trace.tfplan");
    CommandResult apply = workspace.runOk("apply", "-no-color", "trace.tfplan");
    String privateKey = StateJson.values(workspace.showJson(), "canopywave_ssh_key.generated")
        .path("private_key").asText();
    CommandResult destroy = workspace.destroy();

    assertThat(privateKey).startsWith("-----BEGIN");
    String secretLine = privateKey.lines().skip(1).findFirst().orElseThrow();
    String log = read(logFile);
    assertThat(log).as("the trace log is written, the provider's lines included")
        .contains("canopywave", "instance-operations/launch");
    for (String output : List.of(plan.stdout(), plan.stderr(), planText.stdout(),
        apply.stdout(), apply.stderr(), destroy.stdout(), destroy.stderr(), log)) {
      assertThat(output).doesNotContain(API_KEY, InstanceIT.PASSWORD, secretLine);
    }
    assertThat(CLOUD.objects("instances")).isEmpty();
  }

  /** F21: a write-only password never reaches the state; only its version replaces. */
  @Test
  void writeOnlyPassword_neverInStateAndOnlyTheVersionReplaces() {
    TofuWorkspace workspace = CLOUD.initialized("instance-write-only",
        writeOnlyInstance(WRITE_ONLY, 1));

    workspace.apply();

    JsonNode values = StateJson.values(workspace.showJson(), ADDRESS);
    assertThat(values.path("password_wo").isNull()).as("values: %s", values).isTrue();
    assertThat(values.path("password").isNull()).isTrue();
    assertThat(read(workspace.directory().resolve("terraform.tfstate")))
        .doesNotContain(WRITE_ONLY).contains("\"password_wo_version\": 1");

    workspace.write("main.tf", writeOnlyInstance("Another-" + WRITE_ONLY, 1));
    assertThat(workspace.planExitCode()).as("a new password alone").isZero();

    workspace.write("main.tf", writeOnlyInstance("Another-" + WRITE_ONLY, 2));
    JsonNode change = StateJson.change(workspace.planJson(), ADDRESS);
    assertThat(StateJson.actions(change)).containsExactly("delete", "create");
    assertThat(StateJson.replacePaths(change)).containsExactly("password_wo_version");
  }

  /** F21 on clients without write-only support: `password` is the sensitive alternative. */
  @Test
  void schema_passwordSensitiveAndPasswordWoWriteOnly() {
    TofuWorkspace workspace = CLOUD.initialized("instance-schema", "");

    JsonNode attributes = workspace.providersSchemaJson().path("provider_schemas")
        .path("registry.opentofu.org/canopywave/canopywave").path("resource_schemas")
        .path("canopywave_instance").path("block").path("attributes");

    assertThat(attributes.path("password").path("sensitive").asBoolean()).isTrue();
    assertThat(attributes.path("password_wo").path("write_only").asBoolean())
        .as("password_wo: %s", attributes.path("password_wo")).isTrue();
  }
}
