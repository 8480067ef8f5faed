package io.canopywave.tf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.model.LaunchRequest;
import io.canopywave.tf.api.model.NewSshKey;
import io.canopywave.tf.e2e.support.CommandResult;
import io.canopywave.tf.e2e.support.SimulatedCloud;
import io.canopywave.tf.e2e.support.StateJson;
import io.canopywave.tf.e2e.support.TofuWorkspace;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code canopywave_instance} end to end: the real tofu, the packaged provider, the simulator.
 * The lifecycle, import, drift and the lifecycle field cases (F03-F05, F08, F09).
 */
class InstanceIT {
  @RegisterExtension
  static final SimulatedCloud CLOUD = new SimulatedCloud();

  static final String ADDRESS = "canopywave_instance.web";
  static final String PASSWORD = "Web-Pa55word-7c1e";
  private static final String RESTART = "/api/v1/instance-operations/restart";
  private static final String TERMINATE = "/api/v1/instance-operations/terminate";

  /** An instance "web" (resource and name), with extra lines inside the resource block. */
  static String instance(String extra) {
    return """
        resource "canopywave_instance" "web" {
          name     = "web"
          flavor   = "H100-4"
          image    = "GPU-Ubuntu.22.04"
          password = "%s"
          %s
        }
        """.formatted(PASSWORD, extra);
  }

  /** {@code count} small CPU instances {@code canopywave_instance.<name>}, named name-index. */
  static String counted(String name, int count) {
    return """
        resource "canopywave_instance" "%1$s" {
          count    = %2$d
          name     = "%1$s-${count.index}"
          flavor   = "m1.advanced"
          image    = "CPU-Ubuntu.22.04"
          password = "%3$s"
        }
        """.formatted(name, count, PASSWORD);
  }

  /** The state's values of {@code canopywave_instance.web}. */
  static JsonNode values(TofuWorkspace workspace) {
    return StateJson.values(workspace.showJson(), ADDRESS);
  }

  @Test
  void lifecycle_createPlanCleanReplaceRestartTimeoutsAndDestroy() {
    TofuWorkspace workspace = CLOUD.initialized("instance-lifecycle",
        instance("restart_triggers = { v = \"1\" }"));

    workspace.apply();

    JsonNode values = values(workspace);
    Map<String, Object> remote = CLOUD.onlyObject("instances");
    assertThat(values.path("id").asText()).isEqualTo(remote.get("id"));
    assertThat(values.path("status").asText()).isEqualTo("active");
    assertThat(values.path("flavor").asText()).isEqualTo("H100-4");
    assertThat(values.path("flavor_name").asText()).isEqualTo("4x H100 (80 GB SXM5)");
    assertThat(values.path("project").asText()).isEqualTo(SimulatedCloud.PROJECT);
    assertThat(values.path("region").asText()).isEqualTo(SimulatedCloud.REGION);
    assertThat(values.path("is_monitoring").asBoolean()).isFalse();
    assertThat(values.path("private_ips")).hasSize(1);
    assertThat(workspace.planExitCode()).isZero();

    workspace.write("main.tf", instance("restart_triggers = { v = \"1\" }")
        .replace("H100-4", "H100-8"));
    JsonNode replace = StateJson.change(workspace.planJson(), ADDRESS);
    assertThat(StateJson.actions(replace)).containsExactly("delete", "create");
    assertThat(StateJson.replacePaths(replace)).containsExactly("flavor");

    workspace.write("main.tf", instance("restart_triggers = { v = \"2\" }"));
    CLOUD.control().clearRequests();
    CommandResult restarted = workspace.apply();
    assertThat(restarted.stdout()).contains("0 added, 1 changed, 0 destroyed");
    assertThat(CLOUD.bodyFields("POST", RESTART, "id")).containsExactly(remote.get("id"));
    assertThat(values(workspace).path("status").asText()).isEqualTo("active");

    workspace.write("main.tf", instance("restart_triggers = { v = \"2\" }\n"
        + "  timeouts {\n    delete = \"2m\"\n  }"));
    CLOUD.control().clearRequests();
    workspace.apply();
    assertThat(CLOUD.writes()).as("a timeouts change sends nothing").isEmpty();
    assertThat(values(workspace).path("timeouts").path("delete").asText()).isEqualTo("2m");

    workspace.destroy();
    assertThat(CLOUD.objects("instances")).isEmpty();
    assertThat(CLOUD.bodyFields("POST", TERMINATE, "id")).containsExactly(remote.get("id"));
  }

  /** F09: an instance made outside Terraform, imported with a scoped id, is not replaced. */
  @Test
  void importBlock_instanceWithPasswordAndKeypair_updatesInPlaceThenPlansClean() {
    CanopyWaveClient client = CLOUD.api();
    client.sshKeys().add(new NewSshKey(SimulatedCloud.SCOPE, "admin",
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMy/6SeyjtenrEyUDS4b7LBMCphEOPQu1tcnWGE7keZe"));
    String id = client.instances().launch(new LaunchRequest(SimulatedCloud.SCOPE, "web",
        "H100-4", "GPU-Ubuntu.22.04", PASSWORD, "admin", true));
    TofuWorkspace workspace = CLOUD.initialized("instance-import", """
        import {
          to = canopywave_instance.web
          id = "%s/%s/%s"
        }
        %s
        """.formatted(SimulatedCloud.PROJECT, SimulatedCloud.REGION, id,
        instance("keypair = \"admin\"\n  is_monitoring = true")));

    JsonNode change = StateJson.change(workspace.planJson(), ADDRESS);

    // The password cannot be read back: the plan records it in place, replacing nothing.
    assertThat(StateJson.actions(change)).containsExactly("update");
    assertThat(StateJson.replacePaths(change)).isEmpty();
    CLOUD.control().clearRequests();
    workspace.applySavedPlan();
    assertThat(CLOUD.writes()).as("recording the password calls nothing").isEmpty();
    JsonNode values = values(workspace);
    assertThat(values.path("id").asText()).isEqualTo(id);
    assertThat(values.path("keypair").asText()).isEqualTo("admin");
    assertThat(values.path("is_monitoring").asBoolean()).isTrue();
    assertThat(values.path("flavor").asText()).isEqualTo("H100-4");
    assertThat(values.path("image").asText()).isEqualTo("GPU-Ubuntu.22.04");
    assertThat(workspace.planExitCode()).isZero();
  }

  /** F05. */
  @Test
  void deletedOutOfBand_planProposesCreateAndRefreshOnlyDropsIt() {
    TofuWorkspace workspace = CLOUD.initialized("instance-gone", instance(""));
    workspace.apply();
    CLOUD.control().delete("instances", values(workspace).path("id").asText());

    CommandResult plan = workspace.run("plan", "-detailed-exitcode", "-no-color");

    assertThat(plan.exitCode()).as(plan.describe()).isEqualTo(2);
    assertThat(plan.stdout()).contains(ADDRESS + " will be created");
    workspace.runOk("apply", "-refresh-only", "-auto-approve", "-no-color");
    assertThat(StateJson.addresses(workspace.showJson())).isEmpty();
  }

  /** F03: decided as a replacement plus a warning, both shown by the plan. */
  @Test
  void errorLaterOutsideTerraform_planReplacesOnStatusAndWarnsNamingIt() {
    TofuWorkspace workspace = CLOUD.initialized("instance-error-later", instance(""));
    workspace.apply();
    String id = values(workspace).path("id").asText();
    CLOUD.control().patch("instances", id, Map.of("status", "error"));

    CommandResult text = workspace.runOk("plan", "-out=error.tfplan", "-no-color");
    JsonNode change = StateJson.change(workspace.showJson("error.tfplan"), ADDRESS);

    assertThat(StateJson.actions(change)).containsExactly("delete", "create");
    assertThat(StateJson.replacePaths(change)).containsExactly("status");
    assertThat(text.stdoutUnwrapped()).contains("Instance in error status will be replaced",
        "\"web\"", id, "status = \"error\" # forces replacement");
  }

  /** F08: statuses nothing models are shown, and nothing fails. */
  @Test
  void unmodelledStatuses_refreshAndPlanSucceedShowingThem() {
    List<String> statuses = List.of("SHUTOFF", "RESCUE", "PAUSED", "HIBERNATING_ON_MARS");
    TofuWorkspace workspace = CLOUD.initialized("instance-statuses", counted("odd", 4));
    workspace.apply();
    Map<String, String> statusByName = new TreeMap<>();
    for (Map<String, Object> remote : CLOUD.objects("instances")) {
      String name = (String) remote.get("name");
      String status = statuses.get(Integer.parseInt(name.substring("odd-".length())));
      CLOUD.control().patch("instances", (String) remote.get("id"), Map.of("status", status));
      statusByName.put(name, status.toLowerCase(Locale.ROOT));
    }

    workspace.runOk("apply", "-refresh-only", "-auto-approve", "-no-color");
    CommandResult plan = workspace.run("plan", "-detailed-exitcode", "-no-color");

    Map<String, String> shown = StateJson.countedValues(workspace.showJson(),
        "canopywave_instance.odd").stream().collect(Collectors.toMap(
            v -> v.path("name").asText(), v -> v.path("status").asText(), (a, b) -> a,
            TreeMap::new));
    assertThat(shown).isEqualTo(statusByName);
    assertThat(plan.exitCode()).as(plan.describe()).isZero();
    // The client folds warnings with the same summary into one, naming how many more there are.
    assertThat(plan.stdoutUnwrapped()).contains("Instance is not active",
        "(and 3 more similar warnings elsewhere)");
  }

  /** F04: absent from the first three reads after launch, the apply still ends cleanly. */
  @Test
  void notFoundRightAfterLaunch_applyWaitsAndEndsWithTheInstance() {
    CLOUD.control().config(Map.of("invisible_reads", 3));
    TofuWorkspace workspace = CLOUD.initialized("instance-invisible", instance(""));

    CommandResult result = workspace.apply();

    assertThat(result.stdout() + result.stderr()).doesNotContain("now absent");
    assertThat(CLOUD.control().requests("GET", "/api/v1/instances/*").stream()
        .filter(read -> ((Number) read.get("status")).intValue() == 404))
        .as("the detail missed the new instance").isNotEmpty();
    assertThat(values(workspace).path("status").asText()).isEqualTo("active");
    assertThat(workspace.planExitCode()).isZero();
  }
}
