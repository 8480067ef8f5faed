package io.canopywave.tf.e2e;

import static io.canopywave.tf.e2e.support.ChangeAssert.assertReplacedBy;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.canopywave.tf.api.model.NewSshKey;
import io.canopywave.tf.e2e.support.CommandResult;
import io.canopywave.tf.e2e.support.Hcl;
import io.canopywave.tf.e2e.support.SimulatedCloud;
import io.canopywave.tf.e2e.support.StateJson;
import io.canopywave.tf.e2e.support.TofuWorkspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code canopywave_ssh_key} end to end: the real tofu, the packaged provider, the simulator. */
class SshKeyIT {
  @RegisterExtension
  static final SimulatedCloud CLOUD = new SimulatedCloud();

  private static final String ADDRESS = "canopywave_ssh_key.deploy";
  private static final String SCOPED_ID = SimulatedCloud.scopedId("deploy");
  /** The ed25519 key of the API reference, without its comment. */
  private static final String KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMy/6SeyjtenrEyUDS4b7LBMCphEOPQu1tcnWGE7keZe";

  /** A key named {@code name}, with extra lines inside the resource block. */
  private static String key(String name, String... extra) {
    List<String> lines = new ArrayList<>(List.of(Hcl.quoted("name", name)));
    lines.addAll(List.of(extra));
    return Hcl.resource("canopywave_ssh_key", "deploy", lines.toArray(String[]::new));
  }

  @Test
  void generatedKey_unlistedForThreeReads_keepsThePrivateKeySensitiveAndNeverRegenerates() {
    CLOUD.hideNewObjectsForReads(3);
    TofuWorkspace workspace = CLOUD.applied("key-generated", key("deploy"));

    JsonNode show = workspace.showJson();
    JsonNode values = StateJson.values(show, ADDRESS);
    assertThat(values.path("id").asText()).isEqualTo(SCOPED_ID);
    assertThat(values.path("private_key").asText()).startsWith("-----BEGIN RSA PRIVATE KEY-----");
    assertThat(StateJson.sensitiveValues(show, ADDRESS).path("private_key").asBoolean())
        .isTrue();
    assertThat(values.path("public_key").asText()).startsWith("ssh-rsa AAAA");
    assertThat(values.path("fingerprint").asText()).matches("([0-9a-f]{2}:){15}[0-9a-f]{2}");
    assertThat(CLOUD.objects("ssh-keys")).singleElement().satisfies(k -> assertThat(k)
        .containsEntry("public_key", values.path("public_key").asText())
        .containsEntry("fingerprint", values.path("fingerprint").asText()));
    assertThat(workspace.planExitCode()).isZero();

    CommandResult again = workspace.apply();
    assertThat(again.stdout()).contains("No changes");
    assertThat(CLOUD.paths("POST", "/api/v1/ssh-keys")).hasSize(1);
    assertThat(workspace.stateValues(ADDRESS).path("private_key").asText())
        .isEqualTo(values.path("private_key").asText());

    assertReplacedBy(workspace.replan(key("deploy-2"), ADDRESS), "name");
    workspace.destroy();
    assertThat(CLOUD.objects("ssh-keys")).isEmpty();
  }

  @Test
  void misspeltProject_failsThePlanOnProjectBeforeAnyWrite() {
    TofuWorkspace workspace = CLOUD.initialized("key-unknown-project",
        key("deploy", Hcl.quoted("project", "alcie@example.com")));

    CommandResult plan = workspace.run("plan", "-no-color");

    assertThat(plan.exitCode()).as(plan.describe()).isEqualTo(1);
    assertThat(plan.stderr()).contains("Unknown project", "alcie@example.com", "project");
    assertThat(CLOUD.paths("POST", "/api/v1/ssh-keys")).isEmpty();
  }

  @Test
  void importedPublicKey_emptyRefusedThenSet_commentAndWhitespaceAreNotDrift() {
    TofuWorkspace workspace =
        CLOUD.initialized("key-public", key("deploy", Hcl.quoted("public_key", "")));

    CommandResult empty = workspace.run("validate", "-no-color");

    assertThat(empty.exitCode()).as(empty.describe()).isEqualTo(1);
    assertThat(empty.stderr()).contains("public_key", "is empty");

    String configured = KEY + " me@laptop\\n";
    workspace.write("main.tf", key("deploy", Hcl.quoted("public_key", configured)));
    workspace.apply();
    JsonNode values = workspace.stateValues(ADDRESS);
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

    TofuWorkspace workspace = CLOUD.appliedImport("key-import", ADDRESS, SCOPED_ID, key("deploy"));

    JsonNode values = workspace.stateValues(ADDRESS);
    assertThat(values.path("id").asText()).isEqualTo(SCOPED_ID);
    assertThat(values.path("private_key").isNull()).isTrue();
    assertThat(values.path("public_key").asText()).startsWith("ssh-rsa ");
    assertThat(workspace.planExitCode()).isZero();
    assertThat(CLOUD.writes()).isEmpty();
  }
}
