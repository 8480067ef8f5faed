package io.canopywave.tf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.canopywave.tf.api.model.NewSshKey;
import io.canopywave.tf.e2e.support.CommandResult;
import io.canopywave.tf.e2e.support.SimulatedCloud;
import io.canopywave.tf.e2e.support.StateJson;
import io.canopywave.tf.e2e.support.TofuWorkspace;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code canopywave_ssh_key} end to end: the real tofu, the packaged provider, the simulator. */
class SshKeyIT {
  @RegisterExtension
  static final SimulatedCloud CLOUD = new SimulatedCloud();

  private static final String ADDRESS = "canopywave_ssh_key.deploy";
  private static final String SCOPED_ID =
      SimulatedCloud.PROJECT + "/" + SimulatedCloud.REGION + "/deploy";
  /** The ed25519 key of the API reference, without its comment. */
  private static final String KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMy/6SeyjtenrEyUDS4b7LBMCphEOPQu1tcnWGE7keZe";

  /** A key named {@code name}, with extra lines inside the resource block. */
  private static String key(String name, String extra) {
    return """
        resource "canopywave_ssh_key" "deploy" {
          name = "%s"
          %s
        }
        """.formatted(name, extra);
  }

  @Test
  void generatedKey_unlistedForThreeReads_keepsThePrivateKeySensitiveAndNeverRegenerates() {
    CLOUD.control().config(Map.of("invisible_reads", 3));
    TofuWorkspace workspace = CLOUD.initialized("key-generated", key("deploy", ""));

    workspace.apply();

    JsonNode show = workspace.showJson();
    JsonNode values = StateJson.values(show, ADDRESS);
    assertThat(values.path("id").asText()).isEqualTo(SCOPED_ID);
    assertThat(values.path("private_key").asText()).startsWith("-----BEGIN RSA PRIVATE KEY-----");
    assertThat(StateJson.sensitiveValues(show, ADDRESS).path("private_key").asBoolean())
        .isTrue();
    assertThat(values.path("public_key").asText()).startsWith("ssh-rsa AAAA");
    assertThat(values.path("fingerprint").asText()).matches("([0-9a-f]{2}:){15}[0-9a-f]{2}");
    assertThat(CLOUD.control().objects("ssh-keys")).singleElement().satisfies(k -> assertThat(k)
        .containsEntry("public_key", values.path("public_key").asText())
        .containsEntry("fingerprint", values.path("fingerprint").asText()));
    assertThat(workspace.planExitCode()).isZero();

    CommandResult again = workspace.apply();
    assertThat(again.stdout()).contains("No changes");
    assertThat(CLOUD.control().requests("POST", "/api/v1/ssh-keys")).hasSize(1);
    assertThat(StateJson.values(workspace.showJson(), ADDRESS).path("private_key").asText())
        .isEqualTo(values.path("private_key").asText());

    workspace.write("main.tf", key("deploy-2", ""));
    JsonNode change = StateJson.change(workspace.planJson(), ADDRESS);
    assertThat(StateJson.actions(change)).containsExactly("delete", "create");
    assertThat(StateJson.replacePaths(change)).containsExactly("name");

    workspace.destroy();
    assertThat(CLOUD.control().objects("ssh-keys")).isEmpty();
  }

  @Test
  void importedPublicKey_emptyRefusedThenSet_commentAndWhitespaceAreNotDrift() {
    TofuWorkspace workspace = CLOUD.initialized("key-public", key("deploy", "public_key = \"\""));

    CommandResult empty = workspace.run("validate", "-no-color");

    assertThat(empty.exitCode()).as(empty.describe()).isEqualTo(1);
    assertThat(empty.stderr()).contains("public_key", "is empty");

    String configured = KEY + " me@laptop\\n";
    workspace.write("main.tf", key("deploy", "public_key = \"" + configured + "\""));
    workspace.apply();
    JsonNode values = StateJson.values(workspace.showJson(), ADDRESS);
    assertThat(values.path("public_key").asText()).isEqualTo(KEY + " me@laptop\n");
    assertThat(values.path("private_key").isNull()).isTrue();
    assertThat(workspace.planExitCode()).isZero();

    CLOUD.control().patch("ssh-keys", "deploy", Map.of("public_key", KEY));
    assertThat(workspace.planExitCode()).isZero();

    CLOUD.control().patch("ssh-keys", "deploy",
        Map.of("public_key", KEY.substring(0, KEY.length() - 4) + "keZf"));
    CommandResult drifted = workspace.run("plan", "-detailed-exitcode", "-no-color");
    assertThat(drifted.exitCode()).as(drifted.describe()).isEqualTo(2);
    assertThat(drifted.stdout()).contains("must be replaced");
  }

  @Test
  void importBlock_generatedKey_hasNoPrivateKeyAndPlansClean() {
    CLOUD.api().sshKeys().add(new NewSshKey(SimulatedCloud.SCOPE, "deploy", null));
    TofuWorkspace workspace = CLOUD.initialized("key-import", """
        import {
          to = canopywave_ssh_key.deploy
          id = "%s"
        }
        %s
        """.formatted(SCOPED_ID, key("deploy", "")));

    workspace.apply();

    JsonNode values = StateJson.values(workspace.showJson(), ADDRESS);
    assertThat(values.path("id").asText()).isEqualTo(SCOPED_ID);
    assertThat(values.path("private_key").isNull()).isTrue();
    assertThat(values.path("public_key").asText()).startsWith("ssh-rsa ");
    assertThat(workspace.planExitCode()).isZero();
    assertThat(CLOUD.control().requests("POST", "/api/v1/ssh-keys")).hasSize(1);
  }
}
