package io.canopywave.tf.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.canopywave.tf.api.model.InstanceAddress;
import io.canopywave.tf.api.model.InstanceDetail;
import io.canopywave.tf.api.model.InstanceSummary;
import io.canopywave.tf.api.model.LaunchRequest;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.api.model.TerminateResult;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reference's instance examples, replayed to the client byte for byte. */
class InstancesContractTest {
  private static final Scope SEQUOIA = new Scope("bob@example.com", "sequoia");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockApi api = new MockApi();
  private final CanopyWaveClient client = api.client();

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  @Test
  void list_referenceExample_parsesEveryInstance() {
    api.enqueueExample("instances-list");

    List<InstanceSummary> instances = client.instances().list(SEQUOIA);

    assertThat(instances).containsExactly(
        new InstanceSummary("9bc56d2b-411b-47c3-b93a-691c3931009c", "bob-2",
            "2x H100 (80 GB SXM5)", "sequoia", "active", null, "2025-05-24T01:17:09.000000",
            "worker", null),
        new InstanceSummary("36346e91-90db-4c38-97cd-bf94e4a138ce", "bob-test-snapshot",
            "16 vCPU x86 Server", "sequoia", "active", null, "2025-05-24T00:45:10.000000",
            "worker", null),
        new InstanceSummary("730dcf5a-bada-45f3-9a32-e8657cf7b200", "bob-4",
            "4x H100 (80 GB SXM5)", "sequoia", "error", null, null, "worker", null));
    RecordedRequest request = api.take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/instances");
    assertThat(request.getUrl().queryParameter("project")).isEqualTo("bob@example.com");
    assertThat(request.getUrl().queryParameter("region")).isEqualTo("sequoia");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockApi.API_KEY);
  }

  @Test
  void list_withoutRegion_sendsNoRegionParameter() {
    api.enqueueExample("instances-list");

    client.instances().list("bob@example.com", null, CacheMode.FRESH);

    RecordedRequest request = api.take();
    assertThat(request.getUrl().queryParameterNames()).containsExactly("project");
  }

  @Test
  void listRunning_referenceExample_keepsPublicIp() {
    api.enqueueExample("instances-running");

    List<InstanceSummary> running = client.instances().listRunning(SEQUOIA, CacheMode.SHARED);

    assertThat(running).extracting(InstanceSummary::name)
        .containsExactly("bob-2", "bob-test-snapshot");
    assertThat(running).extracting(InstanceSummary::publicIp)
        .containsExactly("213.181.122.171", null);
    assertThat(api.take().getUrl().encodedPath()).isEqualTo("/api/v1/instances/running");
  }

  @Test
  void findByName_uniqueName_returnsThatInstance() {
    api.enqueueExample("instances-list");

    assertThat(client.instances().findByName(SEQUOIA, "bob-4", CacheMode.FRESH))
        .hasValueSatisfying(i -> assertThat(i.status()).isEqualTo("error"));
  }

  @Test
  void get_referenceExample_readsTheOpenStackDocument() {
    api.enqueueExample("instance-detail");

    InstanceDetail detail =
        client.instances().get(SEQUOIA, "9bc56d2b-411b-47c3-b93a-691c3931009c");

    assertThat(detail.id()).isEqualTo("9bc56d2b-411b-47c3-b93a-691c3931009c");
    assertThat(detail.name()).isEqualTo("bob-2");
    assertThat(detail.status()).isEqualTo("ACTIVE");
    assertThat(detail.vmState()).isEqualTo("active");
    assertThat(detail.taskState()).isNull();
    assertThat(detail.powerState()).isEqualTo(1);
    assertThat(detail.keyName()).isNull();
    assertThat(detail.flavorId()).isEqualTo("7c7f97b0-b80f-44dc-859d-71e04834b1cc");
    assertThat(detail.imageId()).isEqualTo("66d16f9e-f984-4738-a170-97457ecfe4b6");
    assertThat(detail.created()).isEqualTo("2025-05-24T01:15:50Z");
    assertThat(detail.launchedAt()).isEqualTo("2025-05-24T01:17:09.000000");
    assertThat(detail.availabilityZone()).isEqualTo("nova");
    assertThat(detail.securityGroups()).containsExactly("ssh", "default", "monitoring");
    assertThat(detail.metadata()).isEmpty();
    assertThat(detail.attachedVolumeIds()).isEmpty();
    assertThat(detail.addresses()).containsExactly(Map.entry("bob_example_com-network",
        List.of(new InstanceAddress("172.16.0.252", 4, "fixed", "fa:16:3e:9d:aa:19"))));
    assertThat(detail.fixedIpv4Address()).isEqualTo("172.16.0.252");
    assertThat(detail.floatingAddress()).isNull();
    assertThat(detail.raw())
        .containsEntry("OS-EXT-SRV-ATTR:host", "h1-31-gpu")
        .containsEntry("OS-SRV-USG:terminated_at", null)
        .containsEntry("progress", 0L)
        .containsEntry("tenant_id", "a6a0dcd9c8764726b4ede6569fc26568")
        .hasSize(30);
    RecordedRequest request = api.take();
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/api/v1/instances/9bc56d2b-411b-47c3-b93a-691c3931009c");
    assertThat(request.getUrl().queryParameter("region")).isEqualTo("sequoia");
  }

  @Test
  void get_floatingAddressAndKeyName_areRead() {
    api.enqueue(200, """
        {"data": {"id": "i-1", "status": "BUILD", "key_name": "bob-key-1", "image": "",
          "flavor": {"original_name": "H100-4"},
          "addresses": {"net": [
            {"addr": "172.16.0.9", "version": 4, "OS-EXT-IPS:type": "fixed"},
            {"addr": "213.181.122.171", "version": 4, "OS-EXT-IPS:type": "floating"}]},
          "metadata": {"role": "worker", "count": 2},
          "os-extended-volumes:volumes_attached": [{"id": "v-1"}]}}""");

    InstanceDetail detail = client.instances().get(SEQUOIA, "i-1");

    assertThat(detail.keyName()).isEqualTo("bob-key-1");
    assertThat(detail.imageId()).isNull();
    assertThat(detail.flavorId()).isEqualTo("H100-4");
    assertThat(detail.floatingAddress()).isEqualTo("213.181.122.171");
    assertThat(detail.metadata()).containsEntry("count", "2");
    assertThat(detail.attachedVolumeIds()).containsExactly("v-1");
  }

  @Test
  void get_idWithSlash_staysOnePathSegment() {
    api.enqueueExample("instance-detail");

    client.instances().get(SEQUOIA, "../projects");

    assertThat(api.take().getUrl().encodedPath()).isEqualTo("/api/v1/instances/..%2Fprojects");
  }

  @Test
  void launch_allFields_sendsTheReferenceBodyAndReturnsTheId() throws Exception {
    api.enqueueExample("launch");

    String id = client.instances().launch(new LaunchRequest(
        new Scope("your-project", "your-region"), "your-instance-name", "your-selected-flavor",
        "your-selected-image", "your-password", "your-key-name", true));

    assertThat(id).isEqualTo("e0ad011b-c690-4ab6-adc1-35187efff1d5");
    RecordedRequest request = api.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/api/v1/instance-operations/launch");
    JsonNode expected = JSON.readTree(MockApi.example("request-launch"));
    ((ObjectNode) expected).setAll(
        (ObjectNode) JSON.readTree(MockApi.example("request-launch-optional")));
    assertThat(JSON.readTree(request.getBody().utf8())).isEqualTo(expected);
  }

  @Test
  void launch_withoutOptionals_leavesThemOut() throws Exception {
    api.enqueueExample("launch");

    client.instances().launch(new LaunchRequest(new Scope("your-project", "your-region"),
        "your-instance-name", "your-selected-flavor", "your-selected-image", "your-password",
        null, null));

    assertThat(JSON.readTree(api.take().getBody().utf8()))
        .isEqualTo(JSON.readTree(MockApi.example("request-launch")));
  }

  @Test
  void restart_referenceExample_returnsTheId() throws Exception {
    api.enqueueExample("restart");

    String id = client.instances().restart(new Scope("your-project", "your-region"),
        "your-instance-id");

    assertThat(id).isEqualTo("e0ad011b-c690-4ab6-adc1-35187efff1d5");
    RecordedRequest request = api.take();
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/api/v1/instance-operations/restart");
    assertThat(JSON.readTree(request.getBody().utf8()))
        .isEqualTo(JSON.readTree(MockApi.example("request-restart")));
  }

  @Test
  void terminate_answerWithoutEnvelope_isRead() throws Exception {
    api.enqueueExample("terminate");

    TerminateResult result = client.instances().terminate(
        new Scope("your-project", "your-region"), "your-instance-id");

    assertThat(result).isEqualTo(new TerminateResult("bob@example.com", "sequoia",
        "0952989f-8ed0-4228-8526-efff1a6b02bb0b4"));
    RecordedRequest request = api.take();
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/api/v1/instance-operations/terminate");
    assertThat(JSON.readTree(request.getBody().utf8()))
        .isEqualTo(JSON.readTree(MockApi.example("request-terminate")));
  }

  @Test
  void terminate_enveloped_isReadToo() {
    api.enqueue(200, "{\"data\": {\"project\": \"p\", \"region\": \"r\", \"id\": \"i-9\"}}");

    assertThat(client.instances().terminate(SEQUOIA, "i-9"))
        .isEqualTo(new TerminateResult("p", "r", "i-9"));
  }
}
