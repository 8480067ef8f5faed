package io.canopywave.tf.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IpEndpointsTest {
  @RegisterExtension static final SimulatorExtension SIM = new SimulatorExtension();

  private final ApiClient api = SIM.api();
  private final Cloud cloud = SIM.cloud();

  @Test
  void allocate_answersTheReferenceShapeWithADocumentationAddress() {
    var reply = api.post("/ips", Cloud.scoped(Map.of()));

    assertThat(JsonShapes.differences(JsonShapes.reference("ip-allocate"), reply.json())).isEmpty();
    assertThat((String) reply.dataMap().get("ip")).startsWith("203.0.113.");
  }

  @Test
  void allocate_manyAddresses_allDistinctAndInDocumentationRanges() {
    var addresses = new HashSet<String>();
    for (int i = 0; i < 300; i++) {
      addresses.add((String) cloud.allocateIp().get("ip"));
    }

    assertThat(addresses).hasSize(300)
        .allMatch(ip -> ip.startsWith("203.0.113.") || ip.startsWith("198.51.100."));
  }

  @Test
  void list_unassociatedIp_isDownWithNoServer() {
    var ip = cloud.allocateIp();

    var list = api.get("/ips" + Cloud.SCOPE);

    assertThat(JsonShapes.differences(JsonShapes.reference("ips"), list.json())).isEmpty();
    assertThat(list.dataList()).hasSize(1);
    assertThat(list.dataList().getFirst().keySet()).containsExactly("id", "ip", "server", "status");
    assertThat(list.dataList().getFirst())
        .containsEntry("id", ip.get("id"))
        .containsEntry("ip", ip.get("ip"))
        .containsEntry("server", null)
        .containsEntry("status", "DOWN");
  }

  @Test
  void associate_setsServerNameStatusAndTheInstancePublicIp() {
    String instanceId = cloud.launch("bob-2");
    var ip = cloud.allocateIp();

    var reply = cloud.associate((String) ip.get("id"), instanceId);

    assertThat(JsonShapes.differences(JsonShapes.reference("ip-associate"), reply.json()))
        .isEmpty();
    assertThat(reply.dataMap()).containsEntry("instanceId", instanceId)
        .containsEntry("ipId", ip.get("id"));
    assertThat((String) reply.dataMap().get("portId")).matches("[0-9a-f-]{36}");
    var listed = api.get("/ips" + Cloud.SCOPE).dataList().getFirst();
    assertThat(listed).containsEntry("server", "bob-2").containsEntry("status", "ACTIVE");
    var instance = api.get("/instances?project=bob%40example.com").dataList().getFirst();
    assertThat(instance).containsEntry("publicIp", ip.get("ip"));
    var network = (List<?>) ((Map<?, ?>) cloud.detail(instanceId).dataMap().get("addresses"))
        .get("bob_example_com-network");
    assertThat(network).hasSize(2);
    assertThat(Cloud.map(network.get(1))).containsEntry("OS-EXT-IPS:type", "floating")
        .containsEntry("addr", ip.get("ip"));
  }

  @Test
  void associate_twiceToTheSameInstance_isIdempotent() {
    String instanceId = cloud.launch("same");
    String ipId = (String) cloud.allocateIp().get("id");
    cloud.associate(ipId, instanceId);

    assertThat(cloud.associate(ipId, instanceId).status()).isEqualTo(200);
  }

  @Test
  void associate_ipAlreadyOnAnotherInstance_answers409() {
    String first = cloud.launch("first");
    String second = cloud.launch("second");
    String ipId = (String) cloud.allocateIp().get("id");
    cloud.associate(ipId, first);

    var reply = cloud.associate(ipId, second);

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.error()).contains("already associated");
  }

  @Test
  void associate_instanceWithAnotherIp_answers409() {
    String instanceId = cloud.launch("busy");
    cloud.associate((String) cloud.allocateIp().get("id"), instanceId);

    var reply = cloud.associate((String) cloud.allocateIp().get("id"), instanceId);

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.error()).contains("already has the public ip");
  }

  @Test
  void associate_unknownInstanceOrIp_answers404() {
    String ipId = (String) cloud.allocateIp().get("id");
    String instanceId = cloud.launch("real");

    assertThat(cloud.associate(ipId, "ghost").status()).isEqualTo(404);
    assertThat(cloud.associate("ghost-ip", instanceId).error()).isEqualTo("ip ghost-ip not found");
  }

  @Test
  void associate_withoutInstanceId_isRefused() {
    String ipId = (String) cloud.allocateIp().get("id");

    var reply = api.post("/ips/" + ipId + "/associate", Cloud.scoped(Map.of()));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error()).isEqualTo("instanceId is required");
  }

  @Test
  void disassociate_associatedIp_answersItsIdAndDetachesBothSides() {
    String instanceId = cloud.launch("bob-2");
    String ipId = (String) cloud.allocateIp().get("id");
    cloud.associate(ipId, instanceId);

    var reply = api.delete("/ips/" + ipId + "/disassociate" + Cloud.SCOPE);

    assertThat(JsonShapes.differences(JsonShapes.reference("ip-disassociate"), reply.json()))
        .isEmpty();
    assertThat(reply.dataMap()).containsEntry("id", ipId);
    assertThat(api.get("/ips" + Cloud.SCOPE).dataList().getFirst())
        .containsEntry("server", null).containsEntry("status", "DOWN");
    assertThat(api.get("/instances?project=bob%40example.com").dataList().getFirst())
        .containsEntry("publicIp", null);
  }

  @Test
  void disassociate_notAssociated_answers409NotAssociated() {
    String ipId = (String) cloud.allocateIp().get("id");

    var reply = api.delete("/ips/" + ipId + "/disassociate" + Cloud.SCOPE);

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.error()).isEqualTo("ip " + ipId + " is not associated");
  }

  @Test
  void release_answersItsIdRemovesTheIpAndDetachesTheInstance() {
    String instanceId = cloud.launch("holder");
    String ipId = (String) cloud.allocateIp().get("id");
    cloud.associate(ipId, instanceId);

    var reply = api.delete("/ips/" + ipId + Cloud.SCOPE);

    assertThat(JsonShapes.differences(JsonShapes.reference("ip-release"), reply.json())).isEmpty();
    assertThat(api.get("/ips" + Cloud.SCOPE).dataList()).isEmpty();
    assertThat(api.get("/instances?project=bob%40example.com").dataList().getFirst())
        .containsEntry("publicIp", null);
    assertThat(api.delete("/ips/" + ipId + Cloud.SCOPE).status()).isEqualTo(404);
  }

  @Test
  void terminate_associatedInstance_leavesTheIpDown() {
    String instanceId = cloud.launch("short-lived");
    String ipId = (String) cloud.allocateIp().get("id");
    cloud.associate(ipId, instanceId);

    cloud.terminate(instanceId);

    assertThat(api.get("/ips" + Cloud.SCOPE).dataList().getFirst())
        .containsEntry("id", ipId).containsEntry("server", null).containsEntry("status", "DOWN");
  }
}
