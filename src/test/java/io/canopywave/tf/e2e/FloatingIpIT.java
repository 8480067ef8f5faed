package io.canopywave.tf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.canopywave.tf.api.CacheMode;
import io.canopywave.tf.api.model.AllocatedIp;
import io.canopywave.tf.e2e.support.CommandResult;
import io.canopywave.tf.e2e.support.Hcl;
import io.canopywave.tf.e2e.support.IpMove;
import io.canopywave.tf.e2e.support.SimulatedCloud;
import io.canopywave.tf.e2e.support.StateJson;
import io.canopywave.tf.e2e.support.TofuWorkspace;
import io.canopywave.tf.simulator.FaultRule;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code canopywave_floating_ip} end to end: the real tofu against the simulator. */
class FloatingIpIT {
  private static final String IP = "canopywave_floating_ip.ip";

  @RegisterExtension
  static final SimulatedCloud CLOUD = new SimulatedCloud();

  @Test
  void apply_associatedAddress_recordsItPlansCleanAndDestroyReleasesIt() {
    String web = CLOUD.launchInstance("web-a");
    TofuWorkspace workspace = CLOUD.initialized("ip-create", floatingIp(web));

    workspace.apply();

    JsonNode state = workspace.stateValues(IP);
    Map<String, Object> listed = CLOUD.onlyObject("ips");
    assertThat(state.path("id").asText()).isEqualTo(listed.get("id"));
    assertThat(state.path("address").asText()).isEqualTo(listed.get("ip"));
    assertThat(state.path("instance_id").asText()).isEqualTo(web);
    assertThat(state.path("instance_name").asText()).isEqualTo("web-a");
    assertThat(state.path("status").asText()).isEqualTo("ACTIVE");
    assertThat(state.path("project").asText()).isEqualTo(SimulatedCloud.PROJECT);
    assertThat(state.path("region").asText()).isEqualTo(SimulatedCloud.REGION);
    assertThat(listed.get("instance_id")).isEqualTo(web);
    assertThat(workspace.planExitCode()).isZero();

    workspace.destroy();

    assertThat(CLOUD.objects("ips")).isEmpty();
    assertThat(CLOUD.paths("DELETE", "/api/v1/ips/**")).containsExactly(
        "/api/v1/ips/" + listed.get("id") + "/disassociate", "/api/v1/ips/" + listed.get("id"));
  }

  @Test
  void apply_withoutInstance_allocatesAnUnassociatedAddress() {
    TofuWorkspace workspace = CLOUD.initialized("ip-free", floatingIp(null));

    workspace.apply();

    JsonNode state = workspace.stateValues(IP);
    assertThat(state.path("status").asText()).isEqualTo("DOWN");
    assertThat(state.path("instance_id").isNull()).isTrue();
    assertThat(state.path("instance_name").isNull()).isTrue();
    assertThat(CLOUD.onlyObject("ips").get("server")).isNull();
    assertThat(CLOUD.paths("POST", "/api/v1/ips")).hasSize(1);
    assertThat(CLOUD.paths("POST", "/api/v1/ips/*/associate")).isEmpty();
    assertThat(workspace.planExitCode()).isZero();
  }

  @Test
  void importBlock_scopedId_adoptsTheAddressWithItsAssociationAndPlansClean() {
    String web = CLOUD.launchInstance("web-a");
    AllocatedIp existing = CLOUD.allocateIpAssociatedWith(web);

    TofuWorkspace workspace = CLOUD.appliedImport("ip-import", IP,
        SimulatedCloud.scopedId(existing.id()), floatingIp(web));

    JsonNode state = workspace.stateValues(IP);
    assertThat(state.path("id").asText()).isEqualTo(existing.id());
    assertThat(state.path("address").asText()).isEqualTo(existing.ip());
    assertThat(state.path("instance_id").asText()).isEqualTo(web);
    assertThat(workspace.planExitCode()).isZero();
    assertThat(CLOUD.writes()).isEmpty();
  }

  @Test
  void importCommand_instanceIdInConfiguration_firstApplySetsItWithoutApiWrites() {
    String web = CLOUD.launchInstance("web-a");
    AllocatedIp existing = CLOUD.allocateIpAssociatedWith(web);
    TofuWorkspace workspace = CLOUD.initialized("ip-import-cli", floatingIp(web));
    workspace.runOk("import", "-no-color", IP, existing.id());
    CLOUD.control().clearRequests();

    // The import cannot know who manages the association: it leaves instance_id null.
    assertThat(workspace.stateValues(IP).path("instance_id").isNull()).isTrue();
    workspace.apply();

    assertThat(workspace.stateValues(IP).path("instance_id").asText()).isEqualTo(web);
    assertThat(CLOUD.writes()).isEmpty();
    assertThat(workspace.planExitCode()).isZero();
  }

  @Test
  void plan_regionChanged_replacesTheAddressNamingRegion() {
    TofuWorkspace workspace = CLOUD.applied("ip-replace", floatingIp(null));

    JsonNode change = workspace.replan(
        Hcl.resource("canopywave_floating_ip", "ip", Hcl.quoted("region", "redwood")), IP);

    assertThat(StateJson.actions(change)).containsExactly("delete", "create");
    assertThat(change.path("replace_paths").toString()).isEqualTo("[[\"region\"]]");
  }

  @Test
  void apply_instanceChanged_movesTheAddressInPlaceWithoutReleasingIt() {
    String first = CLOUD.launchInstance("web-a");
    String second = CLOUD.launchInstance("web-b");
    TofuWorkspace workspace = CLOUD.applied("ip-move", floatingIp(first));

    IpMove.assertAppliesInPlace(CLOUD, workspace, IP, floatingIp(second), second);

    JsonNode state = workspace.stateValues(IP);
    assertThat(state.path("instance_id").asText()).isEqualTo(second);
    assertThat(state.path("instance_name").asText()).isEqualTo("web-b");
    assertThat(workspace.planExitCode()).isZero();
  }

  @Test
  void apply_instanceRemoved_disassociatesAndKeepsTheAddress() {
    String web = CLOUD.launchInstance("web-a");
    TofuWorkspace workspace = CLOUD.applied("ip-detach", floatingIp(web));
    CLOUD.control().clearRequests();

    workspace.write("main.tf", floatingIp(null));
    workspace.apply();

    Map<String, Object> listed = CLOUD.onlyObject("ips");
    assertThat(listed.get("server")).isNull();
    assertThat(CLOUD.writes()).containsExactly("DELETE /api/v1/ips/" + listed.get("id")
        + "/disassociate");
    assertThat(workspace.stateValues(IP).path("status").asText()).isEqualTo("DOWN");
    assertThat(workspace.planExitCode()).isZero();
  }

  /** F22: the address moved to another instance outside Terraform is moved back. */
  @Test
  void plan_addressMovedOutsideTerraform_showsTheMoveBackAndApplyMakesIt() {
    String first = CLOUD.launchInstance("web-a");
    String second = CLOUD.launchInstance("web-b");
    TofuWorkspace workspace = CLOUD.applied("ip-f22", floatingIp(first));
    String id = CLOUD.onlyIpId();
    CLOUD.control().patch("ips", id, Map.of("server", "web-b"));
    CLOUD.control().clearRequests();

    JsonNode change = StateJson.change(workspace.planJson(), IP);
    assertThat(StateJson.actions(change)).containsExactly("update");
    assertThat(change.path("before").path("instance_id").asText()).isEqualTo(second);
    assertThat(change.path("after").path("instance_id").asText()).isEqualTo(first);
    workspace.apply();

    assertThat(CLOUD.writes()).containsExactlyElementsOf(IpMove.writes(id));
    assertThat(CLOUD.onlyObject("ips").get("instance_id")).isEqualTo(first);
    assertThat(workspace.planExitCode()).isZero();
  }

  /** F05: released outside Terraform, the address is planned anew and refresh drops it. */
  @Test
  void plan_addressReleasedOutsideTerraform_plansCreateAndRefreshDropsIt() {
    TofuWorkspace workspace = CLOUD.applied("ip-f05", floatingIp(null));
    CLOUD.control().delete("ips", CLOUD.onlyIpId());

    JsonNode change = StateJson.change(workspace.planJson(), IP);
    assertThat(StateJson.actions(change)).containsExactly("create");
    workspace.runOk("apply", "-refresh-only", "-auto-approve", "-no-color");

    assertThat(StateJson.addresses(workspace.showJson())).doesNotContain(IP);
  }

  /** F04: an address missing from the list for its first reads is waited for. */
  @Test
  void apply_addressListedOnlyAfterSomeReads_waitsForIt() {
    CLOUD.hideNewObjectsForReads(3);
    String web = CLOUD.launchInstance("web-a");
    TofuWorkspace workspace = CLOUD.initialized("ip-f04", floatingIp(web));

    CommandResult applied = workspace.apply();

    assertThat(applied.stdout()).doesNotContain("now absent");
    JsonNode state = workspace.stateValues(IP);
    assertThat(state.path("id").asText()).isEqualTo(CLOUD.onlyObject("ips").get("id"));
    assertThat(state.path("instance_id").asText()).isEqualTo(web);
    assertThat(CLOUD.paths("POST", "/api/v1/ips")).hasSize(1);
  }

  /** An allocation answered 504 after it happened is adopted, never repeated. */
  @Test
  void apply_allocationAnswerLost_adoptsTheNewAddressWithoutAllocatingAgain() {
    AllocatedIp unrelated = CLOUD.allocateIp();
    CLOUD.control().addFault(FaultRule.on("POST", "/api/v1/ips").status(504).after()
        .times(1).build());
    TofuWorkspace workspace = CLOUD.initialized("ip-lost", floatingIp(null));

    workspace.apply();

    assertThat(CLOUD.objects("ips")).hasSize(2);
    JsonNode state = workspace.stateValues(IP);
    assertThat(state.path("id").asText()).isNotEqualTo(unrelated.id());
    assertThat(CLOUD.objects("ips")).extracting(ip -> ip.get("id"))
        .contains(state.path("id").asText());
    assertThat(CLOUD.paths("POST", "/api/v1/ips")).hasSize(2);
  }

  /** F24: a disassociate answered "not associated" does not stop the destroy. */
  @Test
  void destroy_disassociateAnswersNotAssociated_succeeds() {
    String web = CLOUD.launchInstance("web-a");
    TofuWorkspace workspace = CLOUD.applied("ip-f24", floatingIp(web));
    CLOUD.control().addFault(FaultRule.on("DELETE", "/api/v1/ips/*/disassociate").status(409)
        .body(Map.of("error", "ip is not associated")).build());

    workspace.destroy();

    assertThat(CLOUD.objects("ips")).isEmpty();
  }

  /** A disassociate answered 404 does not prove the address gone: it is still released. */
  @Test
  void destroy_disassociateAnswersNotFound_stillReleasesTheAddress() {
    String web = CLOUD.launchInstance("web-a");
    TofuWorkspace workspace = CLOUD.applied("ip-disassociate-404", floatingIp(web));
    String id = CLOUD.onlyIpId();
    CLOUD.control().addFault(FaultRule.on("DELETE", "/api/v1/ips/*/disassociate").status(404)
        .body(Map.of("error", "ip x not found")).build());

    workspace.destroy();

    assertThat(CLOUD.objects("ips")).isEmpty();
    assertThat(CLOUD.paths("DELETE", "/api/v1/ips/**")).containsExactly(
        "/api/v1/ips/" + id + "/disassociate", "/api/v1/ips/" + id);
  }

  /** F12: a release refused as "in use" is retried until it passes. */
  @Test
  void destroy_releaseInUseTwice_retriesUntilReleased() {
    TofuWorkspace workspace = CLOUD.applied("ip-f12", floatingIp(null));
    String id = CLOUD.onlyIpId();
    CLOUD.control().addFault(FaultRule.on("DELETE", "/api/v1/ips/*").status(409)
        .body(Map.of("error", "ip is in use")).times(2).build());

    workspace.destroy();

    assertThat(CLOUD.objects("ips")).isEmpty();
    assertThat(CLOUD.paths("DELETE", "/api/v1/ips/*")).containsExactly(
        "/api/v1/ips/" + id, "/api/v1/ips/" + id, "/api/v1/ips/" + id);
  }

  /** F06: a release answered "not found" counts as done. */
  @Test
  void destroy_releaseAnswersNotFound_succeeds() {
    TofuWorkspace workspace = CLOUD.applied("ip-f06", floatingIp(null));
    CLOUD.control().addFault(FaultRule.on("DELETE", "/api/v1/ips/*").status(404)
        .body(Map.of("error", "ip x not found")).build());

    workspace.destroy();

    assertThat(StateJson.addresses(workspace.showJson())).isEmpty();
    assertThat(CLOUD.api().publicIps().list(SimulatedCloud.SCOPE, CacheMode.FRESH)).hasSize(1);
  }

  static String floatingIp(String instanceId) {
    return instanceId == null
        ? Hcl.resource("canopywave_floating_ip", "ip")
        : Hcl.resource("canopywave_floating_ip", "ip", Hcl.quoted("instance_id", instanceId));
  }
}
