package io.canopywave.tf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.canopywave.tf.api.model.AllocatedIp;
import io.canopywave.tf.e2e.support.IpMove;
import io.canopywave.tf.e2e.support.SimulatedCloud;
import io.canopywave.tf.e2e.support.StateJson;
import io.canopywave.tf.e2e.support.TofuWorkspace;
import io.canopywave.tf.simulator.FaultRule;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code canopywave_floating_ip_association} end to end: the real tofu against the simulator. */
class FloatingIpAssociationIT {
  private static final String ASSOCIATION = "canopywave_floating_ip_association.a";
  private static final String IP = "canopywave_floating_ip.ip";

  @RegisterExtension
  static final SimulatedCloud CLOUD = new SimulatedCloud();

  @Test
  void apply_addressAndAssociation_associatesPlansCleanAndDestroyReleases() {
    String web = CLOUD.launchInstance("web-a");
    TofuWorkspace workspace = CLOUD.initialized("assoc-create", managedAddress(web));

    workspace.apply();

    Map<String, Object> listed = CLOUD.onlyObject("ips");
    JsonNode state = workspace.showJson();
    JsonNode association = StateJson.values(state, ASSOCIATION);
    assertThat(association.path("id").asText()).isEqualTo(listed.get("id"));
    assertThat(association.path("floating_ip_id").asText()).isEqualTo(listed.get("id"));
    assertThat(association.path("instance_id").asText()).isEqualTo(web);
    assertThat(association.path("project").asText()).isEqualTo(SimulatedCloud.PROJECT);
    assertThat(listed.get("instance_id")).isEqualTo(web);
    // The address resource leaves the association to the association resource.
    assertThat(workspace.planExitCode()).isZero();
    assertThat(CLOUD.onlyObject("ips").get("instance_id")).isEqualTo(web);
    CLOUD.control().clearRequests();

    workspace.destroy();

    assertThat(CLOUD.objects("ips")).isEmpty();
    assertThat(CLOUD.writes()).containsExactly(
        "DELETE /api/v1/ips/" + listed.get("id") + "/disassociate",
        "DELETE /api/v1/ips/" + listed.get("id"));
  }

  @Test
  void importBlock_scopedId_adoptsTheAssociationAndPlansClean() {
    String web = CLOUD.launchInstance("web-a");
    AllocatedIp ip = CLOUD.allocateIpAssociatedWith(web);

    TofuWorkspace workspace = CLOUD.appliedImport("assoc-import", ASSOCIATION,
        SimulatedCloud.scopedId(ip.id()), association(ip.id(), web));

    JsonNode state = workspace.stateValues(ASSOCIATION);
    assertThat(state.path("floating_ip_id").asText()).isEqualTo(ip.id());
    assertThat(state.path("instance_id").asText()).isEqualTo(web);
    assertThat(workspace.planExitCode()).isZero();
    assertThat(CLOUD.writes()).isEmpty();
  }

  @Test
  void importCommand_bareIdWithProviderScope_adoptsTheAssociationAndPlansClean() {
    String web = CLOUD.launchInstance("web-a");
    AllocatedIp ip = CLOUD.allocateIpAssociatedWith(web);
    TofuWorkspace workspace = CLOUD.initialized("assoc-import-cli", association(ip.id(), web));

    workspace.runOk("import", "-no-color", ASSOCIATION, ip.id());

    JsonNode state = workspace.stateValues(ASSOCIATION);
    assertThat(state.path("project").asText()).isEqualTo(SimulatedCloud.PROJECT);
    assertThat(state.path("region").asText()).isEqualTo(SimulatedCloud.REGION);
    assertThat(state.path("instance_id").asText()).isEqualTo(web);
    assertThat(workspace.planExitCode()).isZero();
  }

  /** An address and its association resource, both imported again: nothing to change. */
  @Test
  void importCommand_addressAndAssociationAgain_planCleanAndKeepTheAssociation() {
    String web = CLOUD.launchInstance("web-a");
    TofuWorkspace workspace = CLOUD.applied("assoc-reimport", managedAddress(web));
    String ipId = CLOUD.onlyIpId();
    workspace.runOk("state", "rm", "-no-color", IP, ASSOCIATION);
    CLOUD.control().clearRequests();

    workspace.runOk("import", "-no-color", IP, ipId);
    workspace.runOk("import", "-no-color", ASSOCIATION, ipId);

    JsonNode state = workspace.showJson();
    assertThat(StateJson.values(state, IP).path("instance_id").isNull()).isTrue();
    assertThat(StateJson.values(state, IP).path("instance_name").asText()).isEqualTo("web-a");
    assertThat(StateJson.values(state, ASSOCIATION).path("instance_id").asText())
        .isEqualTo(web);
    assertThat(workspace.planExitCode()).isZero();
    workspace.apply();
    assertThat(CLOUD.writes()).isEmpty();
    assertThat(CLOUD.onlyObject("ips").get("instance_id")).isEqualTo(web);
  }

  /** F23: moving the address to another instance is an in-place update, never a release. */
  @Test
  void apply_instanceChanged_disassociatesThenAssociatesInPlace() {
    String first = CLOUD.launchInstance("web-a");
    String second = CLOUD.launchInstance("web-b");
    TofuWorkspace workspace = CLOUD.applied("assoc-f23", managedAddress(first));

    IpMove.assertAppliesInPlace(CLOUD, workspace, ASSOCIATION, managedAddress(second), second);

    assertThat(workspace.stateValues(ASSOCIATION).path("instance_id").asText())
        .isEqualTo(second);
    assertThat(workspace.planExitCode()).isZero();
  }

  @Test
  void plan_floatingIpChanged_replacesTheAssociationNamingIt() {
    String web = CLOUD.launchInstance("web-a");
    AllocatedIp first = CLOUD.allocateIp();
    AllocatedIp second = CLOUD.allocateIp();
    TofuWorkspace workspace = CLOUD.applied("assoc-replace", association(first.id(), web));

    JsonNode change = workspace.replan(association(second.id(), web), ASSOCIATION);

    assertThat(StateJson.actions(change)).containsExactly("delete", "create");
    assertThat(change.path("replace_paths").toString()).isEqualTo("[[\"floating_ip_id\"]]");
  }

  /** F05: disassociated outside Terraform, the association is planned anew. */
  @Test
  void plan_disassociatedOutsideTerraform_plansCreateAndRefreshDropsIt() {
    AllocatedIp ip = CLOUD.allocateIp();
    TofuWorkspace workspace = appliedAssociation("assoc-f05", ip);
    CLOUD.control().patch("ips", ip.id(), Collections.singletonMap("server", null));

    assertThat(StateJson.actions(StateJson.change(workspace.planJson(), ASSOCIATION)))
        .containsExactly("create");
    workspace.runOk("apply", "-refresh-only", "-auto-approve", "-no-color");

    assertThat(StateJson.addresses(workspace.showJson())).doesNotContain(ASSOCIATION);
  }

  /** F24: a disassociate answered "not associated" does not stop the destroy. */
  @Test
  void destroy_disassociateAnswersNotAssociated_succeeds() {
    TofuWorkspace workspace = appliedAssociation("assoc-f24", CLOUD.allocateIp());
    CLOUD.control().addFault(FaultRule.on("DELETE", "/api/v1/ips/*/disassociate").status(409)
        .body(Map.of("error", "ip is not associated")).build());

    workspace.destroy();

    assertThat(StateJson.addresses(workspace.showJson())).isEmpty();
    assertThat(CLOUD.paths("DELETE", "/api/v1/ips/*/disassociate")).hasSize(1);
  }

  /** An association of {@code ip} with a new instance "web-a", applied in a new workspace. */
  private static TofuWorkspace appliedAssociation(String name, AllocatedIp ip) {
    return CLOUD.applied(name, association(ip.id(), CLOUD.launchInstance("web-a")));
  }

  private static String managedAddress(String instanceId) {
    return """
        resource "canopywave_floating_ip" "ip" {}

        resource "canopywave_floating_ip_association" "a" {
          floating_ip_id = canopywave_floating_ip.ip.id
          instance_id    = "%s"
        }
        """.formatted(instanceId);
  }

  private static String association(String floatingIpId, String instanceId) {
    return """
        resource "canopywave_floating_ip_association" "a" {
          floating_ip_id = "%s"
          instance_id    = "%s"
        }
        """.formatted(floatingIpId, instanceId);
  }
}
