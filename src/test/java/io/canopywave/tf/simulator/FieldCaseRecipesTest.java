package io.canopywave.tf.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The recipes of docs/simulator.md, one per field case: each sets the fault up exactly as the
 * table says and checks the API then shows what the case describes.
 */
class FieldCaseRecipesTest {
  @RegisterExtension static final SimulatorExtension SIM = new SimulatorExtension();

  private final ApiClient api = SIM.api();
  private final Cloud cloud = SIM.cloud();
  private final SimulatorControl control = SIM.control();

  @Test
  void f01_stuckInBuild_keepsTheInstanceInBuild() {
    control.config(Map.of("stuck_in_build", true));
    String id = cloud.launch("stuck");

    Cloud.sleep(500);

    assertThat(cloud.detailStatus(id)).isEqualTo("BUILD");
  }

  @Test
  void f02_buildResultError_detailErrorAndListError() {
    control.config(Map.of("build_result", "ERROR"));
    String id = cloud.launch("failing");

    cloud.awaitStatus(id, "ERROR", Duration.ofSeconds(5));

    assertThat(instances().getFirst()).containsEntry("status", "error");
  }

  @Test
  void f03_patchStatusLater_flipsAnActiveInstanceToError() {
    String id = cloud.launch("fine");
    cloud.awaitStatus(id, "ACTIVE", Duration.ofSeconds(5));

    control.patch("instances", id, Map.of("status", "error"));

    assertThat(cloud.detailStatus(id)).isEqualTo("ERROR");
  }

  @Test
  void f04_invisibleReadsThree_everyKindMissingForThreeReads() {
    control.config(Map.of("invisible_reads", 3));
    cloud.addKey("key", Cloud.REFERENCE_KEY);
    cloud.createVolume("vol", 1);
    cloud.createFileSystem("fs", 1);
    cloud.allocateIp();
    String instanceId = cloud.launch("vm");
    var lists = List.of("/ssh-keys", "/volumes", "/file-systems", "/ips");

    for (int read = 0; read < 3; read++) {
      for (String list : lists) {
        assertThat(api.get(list + Cloud.SCOPE).dataList()).as(list).isEmpty();
      }
      assertThat(cloud.detail(instanceId).status()).isEqualTo(404);
    }

    for (String list : lists) {
      assertThat(api.get(list + Cloud.SCOPE).dataList()).as(list).hasSize(1);
    }
    assertThat(cloud.detail(instanceId).status()).isEqualTo(200);
  }

  @Test
  void f05_deleteOutOfBand_theObjectIsGoneFromTheApi() {
    String volumeId = cloud.createVolume("vol", 1);

    control.delete("volumes", volumeId);

    assertThat(api.get("/volumes" + Cloud.SCOPE).dataList()).isEmpty();
  }

  @Test
  void f06_notFoundOnDelete_andTerminateDoneButAnswered404() {
    String volumeId = cloud.createVolume("vol", 1);
    String instanceId = cloud.launch("vm");
    control.addFault(Map.of("method", "DELETE", "path", "/api/v1/volumes/*", "status", 404,
        "body", Map.of("error", "volume " + volumeId + " not found")));
    control.addFault(Map.of("method", "POST", "path", "/api/v1/instance-operations/terminate",
        "status", 404, "body", Map.of("error", "instance " + instanceId + " not found"),
        "after", true));

    var volume = api.delete("/volumes/" + volumeId + Cloud.SCOPE);
    var terminate = cloud.terminate(instanceId);

    assertThat(volume.status()).isEqualTo(404);
    assertThat(volume.error()).contains("not found");
    assertThat(terminate.status()).isEqualTo(404);
    assertThat(control.objects("instances")).isEmpty();
  }

  @Test
  void f07_lingerAndSoftDeleted_terminatedInstanceStaysListed() {
    control.config(Map.of("linger_seconds", 10));
    String id = cloud.launch("leaving");
    cloud.terminate(id);

    String lingering = cloud.detailStatus(id);
    control.patch("instances", id, Map.of("status", "SOFT_DELETED"));

    assertThat(lingering).isEqualTo("DELETED");
    assertThat(cloud.detailStatus(id)).isEqualTo("SOFT_DELETED");
    assertThat(instances().getFirst()).containsEntry("status", "soft_deleted");
  }

  @Test
  void f08_unmodelledStatuses_showAsGiven() {
    String id = cloud.launch("odd");

    var seen = new ArrayList<String>();
    for (String status : List.of("SHUTOFF", "RESCUE", "PAUSED", "NEVER_SEEN_BEFORE")) {
      control.patch("instances", id, Map.of("status", status));
      seen.add(cloud.detailStatus(id));
    }

    assertThat(seen).containsExactly("SHUTOFF", "RESCUE", "PAUSED", "NEVER_SEEN_BEFORE");
  }

  @Test
  void f12_volumeInUseUntilTheInstanceIsGone() {
    String instanceId = cloud.launch("user");
    String volumeId = cloud.createVolume("vol", 1);
    control.addFault(Map.of("method", "DELETE", "path", "/api/v1/volumes/*", "status", 409,
        "body", Map.of("error", "volume is in use"), "until_gone", Map.of("kind", "instances")));

    int blocked = api.delete("/volumes/" + volumeId + Cloud.SCOPE).status();
    cloud.terminate(instanceId);

    assertThat(blocked).isEqualTo(409);
    assertThat(api.delete("/volumes/" + volumeId + Cloud.SCOPE).status()).isEqualTo(200);
  }

  @Test
  void f12_ipInUseTwice_releasedOnTheThirdTryWhileTheInstanceExists() {
    String instanceId = cloud.launch("user");
    String ipId = (String) cloud.allocateIp().get("id");
    assertThat(cloud.associate(ipId, instanceId).status()).isEqualTo(200);
    control.addFault(Map.of("method", "DELETE", "path", "/api/v1/ips/*", "status", 409,
        "body", Map.of("error", "ip is in use"), "times", 2));

    int disassociate = api.delete("/ips/" + ipId + "/disassociate" + Cloud.SCOPE).status();
    List<Integer> releases = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      releases.add(api.delete("/ips/" + ipId + Cloud.SCOPE).status());
    }

    // `*` is one segment: the rule leaves disassociate alone, so nothing deadlocks.
    assertThat(disassociate).isEqualTo(200);
    assertThat(releases).containsExactly(409, 409, 200);
  }

  @Test
  void f13_everyThirdRequest429_halfWithRetryAfter() {
    control.addFault(Map.of("path", "/api/v1/**", "status", 429,
        "headers", Map.of("Retry-After", "1"), "every", 6));
    control.addFault(Map.of("path", "/api/v1/**", "status", 429, "every", 3));

    int limited = 0;
    int withRetryAfter = 0;
    for (int i = 0; i < 30; i++) {
      var reply = api.get("/ssh-keys" + Cloud.SCOPE);
      if (reply.status() == 429) {
        limited++;
        withRetryAfter += reply.header("Retry-After") == null ? 0 : 1;
      }
    }

    assertThat(limited).isEqualTo(10);
    assertThat(withRetryAfter).isEqualTo(5);
  }

  @Test
  void f14_above5PerSecond_answers429() {
    control.addFault(Map.of("path", "/api/v1/**", "status", 429, "rps", 5));

    var statuses = new ArrayList<Integer>();
    while (statuses.size() < 200 && !statuses.contains(429)) {
      statuses.add(api.get("/images").status());
    }

    assertThat(statuses.subList(0, 5)).containsOnly(200);
    assertThat(statuses).contains(429);
  }

  @Test
  void f15_ambiguousLaunch_504AfterCreatingOrDroppedAfterCreating() {
    control.addFault(Map.of("method", "POST", "path", "/api/v1/instance-operations/launch",
        "status", 504, "after", true, "times", 1));
    var answered = api.post("/instance-operations/launch", Cloud.launchBody("maybe"));
    control.clearFaults();
    control.addFault(Map.of("method", "POST", "path", "/api/v1/instance-operations/launch",
        "drop", true, "after", true, "times", 1));

    assertThatThrownBy(() -> api.post("/instance-operations/launch",
        Cloud.launchBody("maybe-too"))).isInstanceOf(UncheckedIOException.class);

    assertThat(answered.status()).isEqualTo(504);
    assertThat(control.objects("instances")).extracting(item -> item.get("name"))
        .containsExactly("maybe", "maybe-too");
  }

  @Test
  void f16_capacityError_onLaunch() {
    control.addFault(Map.of("method", "POST", "path", "/api/v1/instance-operations/launch",
        "status", 400, "body", Map.of("error", "no capacity for H100-8 in sequoia")));

    var reply = api.post("/instance-operations/launch", Cloud.launchBody("big"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error()).isEqualTo("no capacity for H100-8 in sequoia");
  }

  @Test
  void f17_firstTwoGets503_thenNormal() {
    control.addFault(Map.of("method", "GET", "path", "/api/v1/**", "status", 503, "times", 2));

    var statuses = List.of(api.get("/volumes" + Cloud.SCOPE).status(),
        api.get("/volumes" + Cloud.SCOPE).status(), api.get("/volumes" + Cloud.SCOPE).status());

    assertThat(statuses).containsExactly(503, 503, 200);
  }

  @Test
  void f18_nonJsonErrorBodies_plainHtmlAndEmpty() {
    control.addFault(Map.of("method", "GET", "path", "/api/v1/images", "status", 401,
        "body", "401: Unauthorized", "times", 1));
    control.addFault(Map.of("method", "GET", "path", "/api/v1/images", "status", 502,
        "body", "<html><title>Bad Gateway</title></html>", "times", 1));
    control.addFault(Map.of("method", "GET", "path", "/api/v1/images", "status", 500,
        "body", "", "times", 1));

    var bodies = List.of(api.get("/images").body(), api.get("/images").body(),
        api.get("/images").body());

    assertThat(bodies).containsExactly("401: Unauthorized",
        "<html><title>Bad Gateway</title></html>", "");
  }

  @Test
  void f19_otherKey_answersThePlainText401() {
    var reply = api.withKey("bad-key").get("/projects");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.body()).isEqualTo("401: Unauthorized");
  }

  @Test
  void f22_ipMovedOutsideTerraform_showsTheOtherServer() {
    String a = cloud.launch("instance-a");
    cloud.launch("instance-b");
    String ipId = (String) cloud.allocateIp().get("id");
    cloud.associate(ipId, a);

    control.patch("ips", ipId, Map.of("server", "instance-b"));

    assertThat(api.get("/ips" + Cloud.SCOPE).dataList().getFirst())
        .containsEntry("server", "instance-b");
  }

  @Test
  void f23_moveAnIp_disassociateThenAssociateKeepsTheAddress() {
    String a = cloud.launch("old");
    String b = cloud.launch("new");
    var ip = cloud.allocateIp();
    String ipId = (String) ip.get("id");
    cloud.associate(ipId, a);

    api.delete("/ips/" + ipId + "/disassociate" + Cloud.SCOPE);
    var moved = cloud.associate(ipId, b);

    assertThat(moved.status()).isEqualTo(200);
    assertThat(api.get("/ips" + Cloud.SCOPE).dataList().getFirst())
        .containsEntry("ip", ip.get("ip")).containsEntry("server", "new");
  }

  @Test
  void f24_disassociateUnassociated_answers409NotAssociated() {
    String ipId = (String) cloud.allocateIp().get("id");

    var natural = api.delete("/ips/" + ipId + "/disassociate" + Cloud.SCOPE);
    control.addFault(Map.of("method", "DELETE", "path", "/api/v1/ips/*/disassociate",
        "status", 409, "body", Map.of("error", "not associated")));
    var faulted = api.delete("/ips/" + ipId + "/disassociate" + Cloud.SCOPE);

    assertThat(natural.status()).isEqualTo(409);
    assertThat(natural.error()).contains("not associated");
    assertThat(faulted.status()).isEqualTo(409);
    assertThat(faulted.error()).isEqualTo("not associated");
  }

  private List<Map<String, Object>> instances() {
    return api.get("/instances?project=bob%40example.com").dataList();
  }
}
