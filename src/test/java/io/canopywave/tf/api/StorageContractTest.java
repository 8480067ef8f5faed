package io.canopywave.tf.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.canopywave.tf.api.model.FileSystem;
import io.canopywave.tf.api.model.NewFileSystem;
import io.canopywave.tf.api.model.NewVolume;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.api.model.Volume;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Volumes and file systems: the reference's examples where it has them, the shapes of
 * docs/api-shapes.md where it has none.
 */
class StorageContractTest {
  private static final Scope SCOPE = new Scope("your-project", "your-region");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockApi api = new MockApi();
  private final CanopyWaveClient client = api.client();

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  @Test
  void volumeCreate_referenceExample_sendsSizeAsNumber() throws Exception {
    api.enqueueExample("volume-create");

    String id = client.volumes().create(new NewVolume(SCOPE, "your-volume-name", "hdd", 100));

    assertThat(id).isEqualTo("c585949f-f88e-4515-b60e-6e6a6ff0da89");
    RecordedRequest request = api.take();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/volumes");
    JsonNode body = JSON.readTree(request.getBody().utf8());
    assertThat(body.get("size").isNumber()).isTrue();
    assertThat(body.get("size").asLong()).isEqualTo(100);
    // The reference's body, with its placeholder size replaced by a real number.
    ObjectNode expected = (ObjectNode)
        JSON.readTree(MockApi.example("request-volume-create"));
    expected.put("size", 100);
    assertThat(body).isEqualTo(expected);
  }

  @Test
  void volumeDelete_referenceExample_returnsTheId() {
    api.enqueueExample("volume-delete");

    assertThat(client.volumes().delete(SCOPE, "c585949f-f88e-4515-b60e-6e6a6ff0da89"))
        .isEqualTo("c585949f-f88e-4515-b60e-6e6a6ff0da89");
    RecordedRequest request = api.take();
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/api/v1/volumes/c585949f-f88e-4515-b60e-6e6a6ff0da89");
  }

  @Test
  void volumeList_documentedShape_isRead() {
    api.enqueue(200, """
        {"data": [{"id": "c585949f", "name": "scratch", "size": 100, "type": "hdd",
          "status": "available", "region": "sequoia", "created_at": "2025-05-24T01:15:50Z",
          "attachments": []}]}""");

    assertThat(client.volumes().list(SCOPE, CacheMode.SHARED)).containsExactly(new Volume(
        "c585949f", "scratch", 100L, "hdd", "available", "sequoia", "2025-05-24T01:15:50Z"));
  }

  @Test
  void volumeList_alternativeSpellings_areRead() {
    api.enqueue(200, """
        {"data": [{"uuid": "v-2", "name": "b", "size_gb": "250", "volume_type": "ssd",
          "state": "in-use", "createdAt": "2025-05-25T00:00:00Z"}]}""");

    assertThat(client.volumes().findByName(SCOPE, "b", CacheMode.SHARED)).contains(new Volume(
        "v-2", "b", 250L, "ssd", "in-use", "your-region", "2025-05-25T00:00:00Z"));
  }

  @Test
  void fileSystemList_documentedShape_isRead() {
    api.enqueue(200, """
        {"data": [{"id": "5f0c2b1e", "name": "shared-data", "size": 500,
          "status": "available", "region": "sequoia", "created_at": "2025-05-24T01:15:50Z"}]}""");

    assertThat(client.fileSystems().list(SCOPE, CacheMode.SHARED)).containsExactly(
        new FileSystem("5f0c2b1e", "shared-data", 500L, "available", "sequoia",
            "2025-05-24T01:15:50Z"));
    assertThat(api.take().getUrl().encodedPath()).isEqualTo("/api/v1/file-systems");
  }

  @Test
  void fileSystemCreate_referenceBody_sendsSizeAsNumber() throws Exception {
    api.enqueue(200, "{\"data\": {\"id\": \"5f0c2b1e\"}}");

    String id = client.fileSystems().create(new NewFileSystem(SCOPE, "your-share-fileSys-name",
        500));

    assertThat(id).isEqualTo("5f0c2b1e");
    ObjectNode expected = (ObjectNode)
        JSON.readTree(MockApi.example("request-file-system-create"));
    expected.put("size", 500);
    assertThat(JSON.readTree(api.take().getBody().utf8())).isEqualTo(expected);
  }

  @Test
  void fileSystemDelete_emptyAnswer_isSuccess() {
    api.enqueue(204, "");

    assertThat(client.fileSystems().delete(SCOPE, "5f0c2b1e")).isEqualTo("5f0c2b1e");
    assertThat(api.take().getUrl().encodedPath()).isEqualTo("/api/v1/file-systems/5f0c2b1e");
  }
}
