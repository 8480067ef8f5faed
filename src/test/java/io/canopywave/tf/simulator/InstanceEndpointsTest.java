package io.canopywave.tf.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InstanceEndpointsTest {
  @RegisterExtension static final SimulatorExtension SIM = new SimulatorExtension();

  private final ApiClient api = SIM.api();
  private final Cloud cloud = SIM.cloud();

  @Test
  void launch_validBody_answersTheNewIdInTheEnvelope() {
    var reply = api.post("/instance-operations/launch", Cloud.launchBody("bob-2"));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(JsonShapes.differences(JsonShapes.reference("launch"), reply.json())).isEmpty();
    assertThat((String) reply.dataMap().get("id")).matches("[0-9a-f-]{36}");
  }

  @Test
  void list_afterLaunch_showsTheReferenceShapeWithTheFlavorDisplayName() {
    String id = cloud.launch("bob-2");

    var reply = api.get("/instances?project=bob%40example.com");

    assertThat(JsonShapes.differences(JsonShapes.reference("instances"), reply.json())).isEmpty();
    var item = reply.dataList().getFirst();
    assertThat(item)
        .containsEntry("id", id)
        .containsEntry("name", "bob-2")
        .containsEntry("flavor", "16 vCPU x86 Server")
        .containsEntry("region", "sequoia")
        .containsEntry("role", "worker")
        .containsEntry("status", "build")
        .containsEntry("launchedAt", null)
        .containsEntry("publicIp", null);
  }

  @Test
  void list_withoutRegion_showsEveryRegionAndWithRegionOnlyThatOne() {
    cloud.launch("in-sequoia");
    var redwood = Cloud.launchBody("in-redwood");
    redwood.put("region", "redwood");
    api.post("/instance-operations/launch", redwood);

    var all = api.get("/instances?project=bob%40example.com").dataList();
    var onlyRedwood = api.get("/instances?project=bob%40example.com&region=redwood").dataList();

    assertThat(all).extracting(item -> item.get("name"))
        .containsExactly("in-sequoia", "in-redwood");
    assertThat(onlyRedwood).extracting(item -> item.get("name")).containsExactly("in-redwood");
  }

  @Test
  void list_otherProject_doesNotShowBobsInstances() {
    cloud.launch("bobs");

    var alice = api.get("/instances?project=alice%40example.com").dataList();

    assertThat(alice).isEmpty();
  }

  @Test
  void lifecycle_afterBuildSeconds_goesFromBuildToActiveWithLaunchedAt() {
    String id = cloud.launch("grows-up");
    assertThat(cloud.detailStatus(id)).isEqualTo("BUILD");

    cloud.awaitStatus(id, "ACTIVE", Duration.ofSeconds(5));

    var item = api.get("/instances?project=bob%40example.com").dataList().getFirst();
    assertThat(item.get("status")).isEqualTo("active");
    assertThat((String) item.get("launchedAt"))
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}");
  }

  @Test
  void running_listsOnlyActiveInstances() {
    String early = cloud.launch("early");
    cloud.awaitStatus(early, "ACTIVE", Duration.ofSeconds(5));
    SIM.control().config(Map.of("build_seconds", 60));
    cloud.launch("late");

    var running = api.get("/instances/running" + Cloud.SCOPE);

    assertThat(JsonShapes.differences(JsonShapes.reference("instances-running"), running.json()))
        .isEmpty();
    assertThat(running.dataList()).extracting(item -> item.get("name")).containsExactly("early");
  }

  @Test
  void running_withoutRegion_isRefused() {
    var reply = api.get("/instances/running?project=bob%40example.com");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error()).isEqualTo("region is required");
  }

  @Test
  void detail_activeInstance_hasTheReferenceOpenStackShape() {
    var body = Cloud.launchBody("bob-2");
    body.put("is_monitoring", true);
    String id = (String) api.post("/instance-operations/launch", body).dataMap().get("id");
    cloud.awaitStatus(id, "ACTIVE", Duration.ofSeconds(5));

    var detail = cloud.detail(id);

    assertThat(JsonShapes.differences(JsonShapes.reference("instance-detail"), detail.json()))
        .isEmpty();
    var doc = detail.dataMap();
    assertThat(doc)
        .containsEntry("id", id)
        .containsEntry("name", "bob-2")
        .containsEntry("status", "ACTIVE")
        .containsEntry("OS-EXT-STS:vm_state", "active")
        .containsEntry("OS-EXT-STS:power_state", 1L)
        .containsEntry("key_name", null);
    assertThat(doc.get("OS-SRV-USG:launched_at")).isNotNull();
    assertThat((String) doc.get("created")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    assertThat(doc.get("security_groups")).asString().contains("monitoring");
    var addresses = (Map<?, ?>) doc.get("addresses");
    var network = (List<?>) addresses.get("bob_example_com-network");
    assertThat(network).hasSize(1);
    assertThat(((Map<?, ?>) network.getFirst()).get("addr")).asString().startsWith("172.16.");
  }

  @Test
  void detail_flavorAndImage_areStableIdsNotLaunchCodes() {
    String first = cloud.launch("one");
    String second = cloud.launch("two");

    var a = cloud.detail(first).dataMap();
    var b = cloud.detail(second).dataMap();

    assertThat(((Map<?, ?>) a.get("flavor")).get("id"))
        .isEqualTo(((Map<?, ?>) b.get("flavor")).get("id"))
        .asString().matches("[0-9a-f-]{36}");
    assertThat(((Map<?, ?>) a.get("image")).get("id"))
        .isEqualTo(((Map<?, ?>) b.get("image")).get("id"))
        .isNotEqualTo("CPU-Ubuntu.22.04");
  }

  @Test
  void detail_withKeypair_showsItsKeyName() {
    cloud.addKey("bob-key-1", Cloud.REFERENCE_KEY);
    var body = Cloud.launchBody("keyed");
    body.put("keypair", "bob-key-1");
    String id = (String) api.post("/instance-operations/launch", body).dataMap().get("id");

    assertThat(cloud.detail(id).dataMap()).containsEntry("key_name", "bob-key-1");
  }

  @Test
  void detail_unknownId_answers404NotFound() {
    var reply = cloud.detail("no-such-id");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.error()).isEqualTo("instance no-such-id not found");
  }

  @Test
  void detail_otherRegion_answers404() {
    String id = cloud.launch("here");

    var reply = api.get("/instances/" + id + "?project=bob%40example.com&region=redwood");

    assertThat(reply.status()).isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(strings = {"region", "project", "name", "flavor", "image", "password"})
  void launch_missingRequiredField_isRefusedNamingIt(String field) {
    var body = Cloud.launchBody("incomplete");
    body.remove(field);

    var reply = api.post("/instance-operations/launch", body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error()).isEqualTo(field + " is required");
    assertThat(SIM.control().objects("instances")).isEmpty();
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
    "project, carol@example.com, unknown project carol@example.com",
    "region, atlantis, unknown region atlantis",
    "flavor, H100-16, unknown flavor H100-16",
    "image, Windows-11, unknown image Windows-11",
    "image, GPU-Ubuntu.22.04, image GPU-Ubuntu.22.04 is not available for flavor m1.advanced",
    "keypair, missing-key, unknown keypair missing-key",
  })
  void launch_badValue_isRefusedWith400(String field, String value, String message) {
    var body = Cloud.launchBody("bad");
    body.put(field, value);

    var reply = api.post("/instance-operations/launch", body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error()).startsWith(message).doesNotContain("not found");
  }

  @Test
  void launch_passwordNotAString_isRefused() {
    var body = Cloud.launchBody("typed");
    body.put("password", 1234);

    var reply = api.post("/instance-operations/launch", body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error()).isEqualTo("password must be a string");
  }

  @Test
  void launch_duplicateNameInPlace_answers409AlreadyExists() {
    cloud.launch("twin");

    var reply = api.post("/instance-operations/launch", Cloud.launchBody("twin"));

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.error()).contains("already exists");
    assertThat(SIM.control().objects("instances")).hasSize(1);
  }

  @Test
  void launch_sameNameInOtherRegion_isAllowed() {
    cloud.launch("twin");
    var redwood = Cloud.launchBody("twin");
    redwood.put("region", "redwood");

    assertThat(api.post("/instance-operations/launch", redwood).status()).isEqualTo(200);
  }

  @Test
  void launch_gpuFlavorWithGpuImage_isAccepted() {
    var body = Cloud.launchBody("gpu");
    body.put("flavor", "H100-8");
    body.put("image", "GPU-Ubuntu.24.04");

    var reply = api.post("/instance-operations/launch", body);

    assertThat(reply.status()).isEqualTo(200);
    var item = api.get("/instances?project=bob%40example.com").dataList().getFirst();
    assertThat(item.get("flavor")).isEqualTo("8x H100 (80 GB SXM5)");
  }

  @Test
  void restart_activeInstance_goesRebootThenActive() {
    String id = cloud.launch("restarted");
    cloud.awaitStatus(id, "ACTIVE", Duration.ofSeconds(5));

    var reply = api.post("/instance-operations/restart", Cloud.scoped(Map.of("id", id)));

    assertThat(JsonShapes.differences(JsonShapes.reference("restart"), reply.json())).isEmpty();
    assertThat(reply.dataMap()).containsEntry("id", id);
    var detail = cloud.detail(id).dataMap();
    assertThat(detail).containsEntry("status", "REBOOT")
        .containsEntry("OS-EXT-STS:task_state", "rebooting");
    cloud.awaitStatus(id, "ACTIVE", Duration.ofSeconds(5));
  }

  @Test
  void restart_whileBuilding_answers409() {
    SIM.control().config(Map.of("build_seconds", 60));
    String id = cloud.launch("young");

    var reply = api.post("/instance-operations/restart", Cloud.scoped(Map.of("id", id)));

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.error()).contains("still building");
  }

  @Test
  void restart_unknownId_answers404() {
    var reply = api.post("/instance-operations/restart", Cloud.scoped(Map.of("id", "nope")));

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.error()).isEqualTo("instance nope not found");
  }

  @Test
  void terminate_answersTheBareReferenceObjectAndRemovesTheInstance() {
    String id = cloud.launch("doomed");

    var reply = cloud.terminate(id);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(JsonShapes.differences(JsonShapes.reference("terminate"), reply.json())).isEmpty();
    assertThat(reply.map()).containsEntry("project", "bob@example.com")
        .containsEntry("region", "sequoia").containsEntry("id", id);
    assertThat(api.get("/instances?project=bob%40example.com").dataList()).isEmpty();
    assertThat(cloud.detail(id).status()).isEqualTo(404);
  }

  @Test
  void terminate_withLinger_showsDeletedUntilTheLingerEnds() {
    SIM.control().config(Map.of("linger_seconds", 0.5));
    String id = cloud.launch("lingering");

    cloud.terminate(id);

    assertThat(cloud.detail(id).dataMap())
        .containsEntry("status", "DELETED")
        .containsEntry("OS-EXT-STS:vm_state", "deleted");
    assertThat(cloud.detail(id).dataMap().get("OS-SRV-USG:terminated_at")).isNotNull();
    assertThat(api.get("/instances?project=bob%40example.com").dataList().getFirst())
        .containsEntry("status", "deleted");
    assertThat(cloud.terminate(id).status()).isEqualTo(404);
    Cloud.sleep(700);
    assertThat(cloud.detail(id).status()).isEqualTo(404);
    assertThat(SIM.control().objects("instances")).isEmpty();
  }

  @Test
  void terminate_lingeringName_canBeLaunchedAgain() {
    SIM.control().config(Map.of("linger_seconds", 30));
    cloud.terminate(cloud.launch("reborn"));

    assertThat(api.post("/instance-operations/launch", Cloud.launchBody("reborn")).status())
        .isEqualTo(200);
  }

  @Test
  void terminate_unknownId_answers404NotFound() {
    var reply = cloud.terminate("gone-already");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.error()).contains("not found");
  }
}
