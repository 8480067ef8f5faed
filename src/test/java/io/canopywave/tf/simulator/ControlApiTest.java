package io.canopywave.tf.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reset, the request log, objects (view, patch, delete) and the config. */
class ControlApiTest {
  @RegisterExtension static final SimulatorExtension SIM = new SimulatorExtension();

  private final ApiClient api = SIM.api();
  private final Cloud cloud = SIM.cloud();
  private final SimulatorControl control = SIM.control();

  @Test
  void reset_forgetsObjectsFaultsLogAndConfig() {
    cloud.launch("temporary");
    cloud.createVolume("temporary", 1);
    control.addFault(FaultRule.on("GET", "/api/v1/images").status(500).build());
    control.config(Map.of("build_seconds", 99));

    control.reset();

    assertThat(control.objects().values()).allMatch(list -> list.isEmpty());
    assertThat(control.faults()).isEmpty();
    assertThat(control.requests()).isEmpty();
    assertThat(control.config().buildSeconds()).isEqualTo(0.2);
    assertThat(api.get("/images").status()).isEqualTo(200);
  }

  @Test
  void requests_logsEachApiCallOldestFirstWithSecretsMasked() {
    api.get("/projects");
    var body = Cloud.launchBody("logged");
    api.post("/instance-operations/launch", body);
    var withPrivateKey = new HashMap<String, Object>(Cloud.scoped(Map.of("name", "k")));
    withPrivateKey.put("privateKey", "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n");
    withPrivateKey.put("publicKey", Cloud.REFERENCE_KEY);
    api.post("/ssh-keys", withPrivateKey);
    api.withKey("wrong").get("/images");

    var log = control.requests();

    assertThat(log).extracting(entry -> entry.get("path")).containsExactly("/api/v1/projects",
        "/api/v1/instance-operations/launch", "/api/v1/ssh-keys", "/api/v1/images");
    assertThat(log).extracting(entry -> entry.get("status")).containsExactly(200L, 200L, 200L,
        401L);
    var launch = log.get(1);
    assertThat(launch).containsEntry("method", "POST").containsEntry("dropped", false)
        .containsEntry("fault", null);
    assertThat(Cloud.map(launch.get("body"))).containsEntry("password", "***")
        .containsEntry("name", "logged");
    assertThat(Cloud.map(log.get(2).get("body"))).containsEntry("privateKey", "***")
        .containsEntry("publicKey", Cloud.REFERENCE_KEY);
    assertThat(Json.write(log)).doesNotContain("Sup3r-secret!").doesNotContain("MIIE")
        .doesNotContain(SIM.simulator().apiKey()).doesNotContain("wrong");
    assertThat((String) log.getFirst().get("user_agent")).startsWith("Java-http-client");
    assertThat(Instant.parse((String) log.getFirst().get("time")))
        .isBefore(Instant.parse((String) log.get(1).get("time")));
    assertThat(log).extracting(entry -> entry.get("seq")).isSorted();
  }

  @Test
  void requests_queryIsDecodedAndFiltersSelectEntries() {
    api.get("/volumes" + Cloud.SCOPE);
    api.get("/ips" + Cloud.SCOPE);
    api.post("/ips", Cloud.scoped(Map.of()));

    var volumes = control.requests(null, "/api/v1/volumes");
    var ipGets = control.requests("GET", "/api/v1/ips**");

    assertThat(volumes).hasSize(1);
    assertThat(Cloud.map(volumes.getFirst().get("query")))
        .containsEntry("project", "bob@example.com").containsEntry("region", "sequoia");
    assertThat(ipGets).hasSize(1);
  }

  @Test
  void requests_hugeOrNonJsonBodies_areSummarisedNotKept() {
    String huge = Json.write(Map.of("name", "x".repeat(20_000), "password", "p4ss"));
    api.post("/ips", huge);
    api.post("/ips", "password=p4ss&not=json");

    var log = control.requests();

    assertThat(log.get(0).get("body"))
        .isEqualTo("(" + huge.length() + " characters, too long to log)");
    assertThat(log.get(1).get("body")).isEqualTo("(22 characters, not JSON)");
    assertThat(Json.write(log)).doesNotContain("p4ss");
  }

  @Test
  void clearRequests_emptiesTheLog() {
    api.get("/projects");

    control.clearRequests();

    assertThat(control.requests()).isEmpty();
  }

  @Test
  void requests_logOfTheControlApiItself_isNotKept() {
    control.objects();
    control.faults();

    assertThat(control.requests()).isEmpty();
  }

  @Test
  void objects_showsEveryKindIncludingInvisibleOnes() {
    control.config(Map.of("invisible_reads", 5));
    String instanceId = cloud.launch("vm");
    cloud.createVolume("vol", 3);
    cloud.createFileSystem("fs", 4);
    cloud.addKey("key", Cloud.REFERENCE_KEY);
    cloud.allocateIp();

    var objects = control.objects();

    assertThat(objects.keySet())
        .containsExactly("instances", "volumes", "ssh-keys", "file-systems", "ips");
    assertThat(objects.values()).allMatch(list -> list.size() == 1);
    assertThat(objects.get("instances").getFirst()).containsEntry("id", instanceId)
        .containsEntry("project", "bob@example.com").containsEntry("flavor_code", "m1.advanced")
        .containsEntry("image", "CPU-Ubuntu.22.04").containsEntry("invisible_reads", 5L);
    assertThat(objects.get("ssh-keys").getFirst()).containsEntry("name", "key")
        .containsEntry("region", "sequoia");
  }

  @Test
  void patchInstanceStatus_error_showsInDetailUpperAndListLower() {
    String id = cloud.launch("flaky");
    cloud.awaitStatus(id, "ACTIVE", Duration.ofSeconds(5));

    var patched = control.patch("instances", id, Map.of("status", "error"));

    assertThat(patched).containsEntry("status", "error");
    assertThat(cloud.detail(id).dataMap()).containsEntry("status", "ERROR")
        .containsEntry("OS-EXT-STS:vm_state", "error");
    assertThat(api.get("/instances?project=bob%40example.com").dataList().getFirst())
        .containsEntry("status", "error");
    assertThat(api.get("/instances/running" + Cloud.SCOPE).dataList()).isEmpty();
  }

  @Test
  void patchInstanceStatus_unmodelledThenNull_showsItThenReturnsToTheLifecycle() {
    String id = cloud.launch("odd");

    control.patch("instances", id, Map.of("status", "SHUTOFF"));
    String shutoff = cloud.detailStatus(id);
    var clear = new HashMap<String, Object>();
    clear.put("status", null);
    control.patch("instances", id, clear);

    assertThat(shutoff).isEqualTo("SHUTOFF");
    cloud.awaitStatus(id, "ACTIVE", Duration.ofSeconds(5));
  }

  @Test
  void patchInstance_nameAndFlavor_changeTheListOutput() {
    String id = cloud.launch("before");

    control.patch("instances", id, Map.of("name", "after", "flavor", "H200-8"));

    assertThat(api.get("/instances?project=bob%40example.com").dataList().getFirst())
        .containsEntry("name", "after").containsEntry("flavor", "8x H200 (80 GB SXM5)");
  }

  @Test
  void patchInstance_unknownField_isRefusedAndChangesNothing() {
    String id = cloud.launch("steady");

    assertThatThrownBy(() -> control.patch("instances", id, Map.of("name", "x", "colour", "red")))
        .hasMessageContaining("400").hasMessageContaining("colour");

    assertThat(control.objects("instances").getFirst()).containsEntry("name", "steady");
  }

  @Test
  void patchIpServer_movesTheAssociationToTheNamedInstance() {
    String a = cloud.launch("instance-a");
    String b = cloud.launch("instance-b");
    var ip = cloud.allocateIp();
    cloud.associate((String) ip.get("id"), a);

    var patched = control.patch("ips", (String) ip.get("id"), Map.of("server", "instance-b"));

    assertThat(patched).containsEntry("server", "instance-b").containsEntry("instance_id", b);
    var instances = api.get("/instances?project=bob%40example.com").dataList();
    assertThat(instances).filteredOn(item -> item.get("id").equals(a))
        .allMatch(item -> item.get("publicIp") == null);
    assertThat(instances).filteredOn(item -> item.get("id").equals(b))
        .allMatch(item -> ip.get("ip").equals(item.get("publicIp")));
    assertThat(api.get("/ips" + Cloud.SCOPE).dataList().getFirst())
        .containsEntry("server", "instance-b").containsEntry("status", "ACTIVE");
  }

  @Test
  void patchIpServer_null_detachesIt() {
    String a = cloud.launch("holder");
    String ipId = (String) cloud.allocateIp().get("id");
    cloud.associate(ipId, a);
    var detach = new HashMap<String, Object>();
    detach.put("server", null);

    control.patch("ips", ipId, detach);

    assertThat(api.get("/ips" + Cloud.SCOPE).dataList().getFirst())
        .containsEntry("server", null).containsEntry("status", "DOWN");
  }

  @Test
  void patchIpServer_unknownInstance_isRefused() {
    String ipId = (String) cloud.allocateIp().get("id");

    assertThatThrownBy(() -> control.patch("ips", ipId, Map.of("server", "nobody")))
        .hasMessageContaining("no live instance named nobody");
  }

  @Test
  void patchStorageAndKeys_overwriteListedFields() {
    String volumeId = cloud.createVolume("vol", 10);
    String fsId = cloud.createFileSystem("fs", 10);
    cloud.addKey("key", Cloud.REFERENCE_KEY);

    control.patch("volumes", volumeId, Map.of("size", 20, "status", "error", "type", "ssd"));
    control.patch("file-systems", fsId, Map.of("name", "renamed"));
    String otherKey =
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBG2MBVynBIRu6bKf4gZ8vn7erGUFCdp6vuNHurXJosc";
    var key = control.patch("ssh-keys", "key", Map.of("name", "key-2", "public_key", otherKey));

    assertThat(api.get("/volumes" + Cloud.SCOPE).dataList().getFirst())
        .containsEntry("size", 20L).containsEntry("status", "error").containsEntry("type", "ssd");
    assertThat(api.get("/file-systems" + Cloud.SCOPE).dataList().getFirst())
        .containsEntry("name", "renamed");
    assertThat(key).containsEntry("name", "key-2")
        .containsEntry("fingerprint", "b2:d6:cd:a7:bf:4f:cb:e5:7a:96:c0:30:e1:78:de:99");
    assertThat(api.delete("/ssh-keys/key-2" + Cloud.SCOPE).status()).isEqualTo(200);
  }

  @Test
  void patch_unknownKindOrId_isRefused() {
    assertThatThrownBy(() -> control.patch("servers", "x", Map.of("name", "y")))
        .isInstanceOfSatisfying(SimulatorControl.ControlException.class,
            e -> assertThat(e.status()).isEqualTo(400));
    assertThatThrownBy(() -> control.patch("volumes", "x", Map.of("name", "y")))
        .isInstanceOfSatisfying(SimulatorControl.ControlException.class,
            e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void deleteObject_instance_removesItAtOnceAndDetachesItsIp() {
    String id = cloud.launch("vanishing");
    String ipId = (String) cloud.allocateIp().get("id");
    cloud.associate(ipId, id);

    var deleted = control.delete("instances", id);

    assertThat(deleted).containsEntry("id", id).containsEntry("name", "vanishing");
    assertThat(cloud.detail(id).status()).isEqualTo(404);
    assertThat(api.get("/ips" + Cloud.SCOPE).dataList().getFirst())
        .containsEntry("server", null);
  }

  @Test
  void deleteObject_everyKind_removesItFromTheApi() {
    String volumeId = cloud.createVolume("v", 1);
    String fsId = cloud.createFileSystem("f", 1);
    String ipId = (String) cloud.allocateIp().get("id");
    cloud.addKey("k", Cloud.REFERENCE_KEY);

    control.delete("volumes", volumeId);
    control.delete("file-systems", fsId);
    control.delete("ips", ipId);
    control.delete("ssh-keys", "k");

    assertThat(control.objects().values()).allMatch(list -> list.isEmpty());
    assertThat(api.delete("/volumes/" + volumeId + Cloud.SCOPE).status()).isEqualTo(404);
  }

  @Test
  void deleteObject_sshKeyNameInTwoRegions_needsTheProjectAndRegion() {
    cloud.addKey("twice", Cloud.REFERENCE_KEY);
    var redwood = Cloud.scoped(Map.of("name", "twice", "publicKey", Cloud.REFERENCE_KEY));
    redwood.put("region", "redwood");
    api.post("/ssh-keys", redwood);

    assertThatThrownBy(() -> control.delete("ssh-keys", "twice"))
        .hasMessageContaining("409").hasMessageContaining("project");
    var deleted = control.delete("ssh-keys", "twice", "bob@example.com", "redwood");

    assertThat(deleted).containsEntry("region", "redwood");
    assertThat(api.get("/ssh-keys" + Cloud.SCOPE).dataList()).hasSize(1);
  }

  @Test
  void configInvisibleReads_newObjectsStayAbsentForThatManyReads() {
    control.config(Map.of("invisible_reads", 2));
    String volumeId = cloud.createVolume("eventually", 5);
    String instanceId = cloud.launch("eventually");

    var firstList = api.get("/volumes" + Cloud.SCOPE).dataList();
    var secondList = api.get("/volumes" + Cloud.SCOPE).dataList();
    var thirdList = api.get("/volumes" + Cloud.SCOPE).dataList();
    int firstDetail = cloud.detail(instanceId).status();
    int secondDetail = cloud.detail(instanceId).status();
    int thirdDetail = cloud.detail(instanceId).status();

    assertThat(firstList).isEmpty();
    assertThat(secondList).isEmpty();
    assertThat(thirdList).extracting(item -> item.get("id")).containsExactly(volumeId);
    assertThat(firstDetail).isEqualTo(404);
    assertThat(secondDetail).isEqualTo(404);
    assertThat(thirdDetail).isEqualTo(200);
  }

  @Test
  void configInvisibleReads_objectExistsForDuplicateChecks() {
    control.config(Map.of("invisible_reads", 3));
    cloud.launch("hidden");

    var duplicate = api.post("/instance-operations/launch", Cloud.launchBody("hidden"));

    assertThat(duplicate.status()).isEqualTo(409);
  }

  @Test
  void configStuckInBuild_keepsNewInstancesInBuild() {
    var config = control.config(Map.of("stuck_in_build", true, "build_seconds", 0));
    String id = cloud.launch("forever");

    Cloud.sleep(300);

    assertThat(config.stuckInBuild()).isTrue();
    assertThat(cloud.detailStatus(id)).isEqualTo("BUILD");
    assertThat(cloud.terminate(id).status()).isEqualTo(200);
  }

  @Test
  void configBuildResult_error_endsTheBuildInErrorWithoutLaunchedAt() {
    control.config(Map.of("build_result", "error", "build_seconds", 0.1));
    String id = cloud.launch("broken");

    cloud.awaitStatus(id, "ERROR", Duration.ofSeconds(5));

    assertThat(api.get("/instances?project=bob%40example.com").dataList().getFirst())
        .containsEntry("status", "error").containsEntry("launchedAt", null);
  }

  @Test
  void config_getAndPartialUpdate_keepOtherFields() {
    var before = control.config();

    var after = control.config(Map.of("linger_seconds", 10));

    assertThat(after.lingerSeconds()).isEqualTo(10);
    assertThat(after.buildSeconds()).isEqualTo(before.buildSeconds());
    assertThat(control.config()).isEqualTo(after);
  }

  @Test
  void config_invalidFields_areRefused() {
    assertThatThrownBy(() -> control.config(Map.of("build_minutes", 1)))
        .hasMessageContaining("unknown config field build_minutes");
    assertThatThrownBy(() -> control.config(Map.of("build_seconds", -1)))
        .hasMessageContaining("build_seconds must be");
    assertThatThrownBy(() -> control.config(Map.of("invisible_reads", 1.5)))
        .hasMessageContaining("invisible_reads must be a whole number");
  }
}
