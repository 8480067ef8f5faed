package io.canopywave.tf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.model.NewSshKey;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.e2e.support.CommandResult;
import io.canopywave.tf.e2e.support.SimulatorFixture;
import io.canopywave.tf.e2e.support.TofuPlan;
import io.canopywave.tf.e2e.support.TofuState;
import io.canopywave.tf.e2e.support.TofuWorkspace;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code canopywave_ssh_key} end to end: the real tofu, the packaged provider, the simulator. */
class SshKeyIT {
  @RegisterExtension
  static final SimulatorFixture SIM = SimulatorFixture.defaults();

  private static final String TYPE = "canopywave_ssh_key";
  private static final String ADDRESS = "canopywave_ssh_key.deploy";
  private static final String SCOPED_ID =
      SimulatorFixture.PROJECT + "/" + SimulatorFixture.REGION + "/deploy";
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
    SIM.control().config(Map.of("invisible_reads", 3));
    TofuWorkspace workspace = SIM.workspace("key-generated", key("deploy", ""));

    workspace.runOk("apply", "-auto-approve", "-no-color");

    JsonNode resource = TofuState.only(workspace.showJson(), TYPE);
    JsonNode values = resource.path("values");
    assertThat(values.path("id").asText()).isEqualTo(SCOPED_ID);
    assertThat(values.path("private_key").asText()).startsWith("-----BEGIN RSA PRIVATE KEY-----");
    assertThat(resource.path("sensitive_values").path("private_key").asBoolean()).isTrue();
    assertThat(values.path("public_key").asText()).startsWith("ssh-rsa AAAA");
    assertThat(values.path("fingerprint").asText()).matches("([0-9a-f]{2}:){15}[0-9a-f]{2}");
    assertThat(SIM.control().objects("ssh-keys")).singleElement().satisfies(k -> assertThat(k)
        .containsEntry("public_key", values.path("public_key").asText())
        .containsEntry("fingerprint", values.path("fingerprint").asText()));
    assertThat(workspace.planExitCode()).isZero();

    CommandResult again = workspace.runOk("apply", "-auto-approve", "-no-color");
    assertThat(again.stdout()).contains("No changes");
    assertThat(SIM.control().requests("POST", "/api/v1/ssh-keys")).hasSize(1);
    assertThat(TofuState.values(workspace.showJson(), TYPE).path("private_key").asText())
        .isEqualTo(values.path("private_key").asText());

    workspace.write("main.tf", key("deploy-2", ""));
    workspace.runOk("plan", "-out=rename.tfplan", "-no-color");
    JsonNode plan = workspace.showJson("rename.tfplan");
    assertThat(TofuPlan.actions(plan, ADDRESS)).containsExactly("delete", "create");
    assertThat(TofuPlan.replacePaths(plan, ADDRESS)).containsExactly("name");

    workspace.runOk("destroy", "-auto-approve", "-no-color");
    assertThat(SIM.control().objects("ssh-keys")).isEmpty();
  }

  @Test
  void importedPublicKey_emptyRefusedThenSet_commentAndWhitespaceAreNotDrift() {
    TofuWorkspace workspace = SIM.workspace("key-public", key("deploy", "public_key = \"\""));

    CommandResult empty = workspace.run("validate", "-no-color");

    assertThat(empty.exitCode()).as(empty.describe()).isEqualTo(1);
    assertThat(empty.stderr()).contains("public_key", "is empty");

    String configured = KEY + " me@laptop\\n";
    workspace.write("main.tf", key("deploy", "public_key = \"" + configured + "\""));
    workspace.runOk("apply", "-auto-approve", "-no-color");
    JsonNode values = TofuState.values(workspace.showJson(), TYPE);
    assertThat(values.path("public_key").asText()).isEqualTo(KEY + " me@laptop\n");
    assertThat(values.path("private_key").isNull()).isTrue();
    assertThat(workspace.planExitCode()).isZero();

    SIM.control().patch("ssh-keys", "deploy", Map.of("public_key", KEY));
    assertThat(workspace.planExitCode()).isZero();

    SIM.control().patch("ssh-keys", "deploy",
        Map.of("public_key", KEY.substring(0, KEY.length() - 4) + "keZf"));
    CommandResult drifted = workspace.run("plan", "-detailed-exitcode", "-no-color");
    assertThat(drifted.exitCode()).as(drifted.describe()).isEqualTo(2);
    assertThat(drifted.stdout()).contains("must be replaced");
  }

  @Test
  void importBlock_generatedKey_hasNoPrivateKeyAndPlansClean() {
    try (CanopyWaveClient client = SIM.apiClient()) {
      client.sshKeys().add(new NewSshKey(
          new Scope(SimulatorFixture.PROJECT, SimulatorFixture.REGION), "deploy", null));
    }
    TofuWorkspace workspace = SIM.workspace("key-import", """
        import {
          to = canopywave_ssh_key.deploy
          id = "%s"
        }
        %s
        """.formatted(SCOPED_ID, key("deploy", "")));

    workspace.runOk("apply", "-auto-approve", "-no-color");

    JsonNode values = TofuState.values(workspace.showJson(), TYPE);
    assertThat(values.path("id").asText()).isEqualTo(SCOPED_ID);
    assertThat(values.path("private_key").isNull()).isTrue();
    assertThat(values.path("public_key").asText()).startsWith("ssh-rsa ");
    assertThat(workspace.planExitCode()).isZero();
    assertThat(SIM.control().requests("POST", "/api/v1/ssh-keys")).hasSize(1);
  }
}
