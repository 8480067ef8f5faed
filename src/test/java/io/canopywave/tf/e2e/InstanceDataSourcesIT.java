package io.canopywave.tf.e2e;

import static io.canopywave.tf.e2e.support.SimulatedCloud.PROJECT;
import static io.canopywave.tf.e2e.support.SimulatedCloud.REGION;
import static io.canopywave.tf.e2e.support.TofuOutputs.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.model.AllocatedIp;
import io.canopywave.tf.api.model.LaunchRequest;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.e2e.support.CommandResult;
import io.canopywave.tf.e2e.support.SimulatedCloud;
import io.canopywave.tf.e2e.support.TestData;
import io.canopywave.tf.e2e.support.TofuOutputs;
import io.canopywave.tf.e2e.support.TofuWorkspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code canopywave_instance} and {@code canopywave_instances} end to end. */
class InstanceDataSourcesIT {
  @RegisterExtension
  static final SimulatedCloud SIM = new SimulatedCloud();

  private static final String PASSWORD = "it-only-password-6c1d";

  private static String launch(CanopyWaveClient client, String region, String name) {
    return client.instances().launch(new LaunchRequest(new Scope(PROJECT, region), name,
        "H100-4", "GPU-Ubuntu.22.04", PASSWORD, null, null));
  }

  @Test
  void apply_instancesMadeElsewhere_lookupsAndListsHoldThemAndTheNextPlanIsEmpty() {
    SIM.control().config(Map.of("build_seconds", 0));
    CanopyWaveClient client = SIM.api();
    String webId = launch(client, REGION, "web");
    launch(client, "redwood", "db");
    AllocatedIp ip = client.publicIps().allocate(new Scope(PROJECT, REGION));
    client.publicIps().associate(new Scope(PROJECT, REGION), ip.id(), webId);
    SIM.control().config(Map.of("build_seconds", 600));
    launch(client, REGION, "building");
    TofuWorkspace workspace = SIM.initialized("data-instances", TestData.hcl("d/instances.tf"))
        .withEnvironment("TF_VAR_web_id", webId);

    workspace.runOk("apply", "-auto-approve", "-no-color");
    JsonNode out = TofuOutputs.values(workspace);

    JsonNode web = out.path("by_name");
    assertThat(web.path("id").asText()).isEqualTo(webId);
    assertThat(web.path("status").asText()).isEqualTo("active");
    assertThat(web.path("flavor").asText()).isEqualTo("H100-4");
    assertThat(web.path("flavor_name").asText()).isEqualTo("4x H100 (80 GB SXM5)");
    assertThat(web.path("public_ip").asText()).isEqualTo(ip.ip());
    assertThat(texts(web.path("private_ips"))).singleElement().asString()
        .startsWith("172.16.");
    assertThat(web.path("project").asText()).isEqualTo(PROJECT);
    assertThat(web.path("region").asText()).isEqualTo(REGION);
    assertThat(web.path("launched_at").asText()).isNotBlank();
    assertThat(out.path("by_id_name").asText()).isEqualTo("web");
    List<String> here = new ArrayList<>();
    out.path("provider_region").forEach(i -> here.add(i.path("name").asText()));
    assertThat(here).containsExactly("web", "building");
    assertThat(texts(out.path("running_names"))).containsExactly("web");
    assertThat(out.path("everywhere").path("db").asText()).isEqualTo("redwood");
    assertThat(out.path("everywhere").path("web").asText()).isEqualTo(REGION);
    assertThat(out.path("empty_region")).isEmpty();
    assertThat(workspace.planExitCode()).isZero();
  }

  @Test
  void plan_lookupsThatFindNothing_failNamingWhatWasSearched() {
    TofuWorkspace workspace = SIM.initialized("data-instance-missing", """
        data "canopywave_instance" "by_name" {
          name = "nope"
        }

        data "canopywave_instance" "by_id" {
          id     = "0b5e-missing"
          region = "redwood"
        }
        """);

    CommandResult plan = workspace.run("plan", "-no-color");

    assertThat(plan.exitCode()).as(plan.describe()).isEqualTo(1);
    String errors = plan.stderr().replaceAll("\\s+", " ");
    assertThat(errors).contains("Instance not found")
        .contains("No instance with name \"nope\" exists in project \"" + PROJECT
            + "\", region \"" + REGION + "\"")
        .contains("No instance with id \"0b5e-missing\" exists in project \"" + PROJECT
            + "\", region \"redwood\"");
  }

  @Test
  void apply_dataSourcesDependingOnNewResources_areReadDuringApplyAndPlanCleanAfter() {
    TofuWorkspace workspace = SIM.initialized("data-unknown", TestData.hcl("d/unknown_at_plan.tf"))
        .withEnvironment("TF_VAR_password", PASSWORD);

    CommandResult plan = workspace.runOk("plan", "-no-color");
    workspace.runOk("apply", "-auto-approve", "-no-color");
    JsonNode out = TofuOutputs.values(workspace);

    assertThat(plan.stdout()).contains("data.canopywave_instance.web will be read during apply");
    String instanceId = SIM.control().objects("instances").getFirst().get("id").toString();
    JsonNode web = out.path("web");
    assertThat(web.path("id").asText()).isEqualTo(instanceId);
    assertThat(web.path("name").asText()).isEqualTo("web");
    assertThat(web.path("status").asText()).isEqualTo("active");
    assertThat(web.path("flavor").asText()).isEqualTo("m1.advanced");
    assertThat(web.path("key_name").asText()).isEqualTo("admin");
    assertThat(texts(out.path("key_names"))).containsExactly("admin");
    assertThat(workspace.planExitCode()).isZero();

    workspace.runOk("destroy", "-auto-approve", "-no-color");
    assertThat(SIM.control().objects("instances")).isEmpty();
    assertThat(SIM.control().objects("ssh-keys")).isEmpty();
  }
}
