package io.canopywave.tf.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StorageEndpointsTest {
  @RegisterExtension static final SimulatorExtension SIM = new SimulatorExtension();

  private final ApiClient api = SIM.api();
  private final Cloud cloud = SIM.cloud();

  @Test
  void createVolume_answersTheReferenceShapeAndListsItAsTheShapesDocumentSays() {
    var reply = api.post("/volumes",
        Cloud.scoped(Map.of("name", "scratch", "type", "ssd", "size", 100)));

    assertThat(JsonShapes.differences(JsonShapes.reference("volume-create"), reply.json()))
        .isEmpty();
    String id = (String) reply.dataMap().get("id");
    var listed = api.get("/volumes" + Cloud.SCOPE).dataList();
    assertThat(listed).hasSize(1);
    assertThat(listed.getFirst().keySet())
        .containsExactly("id", "name", "size", "type", "status", "region", "created_at");
    assertThat(listed.getFirst())
        .containsEntry("id", id)
        .containsEntry("name", "scratch")
        .containsEntry("size", 100L)
        .containsEntry("type", "ssd")
        .containsEntry("status", "available")
        .containsEntry("region", "sequoia");
    assertThat((String) listed.getFirst().get("created_at")).endsWith("Z");
  }

  @Test
  void deleteVolume_answersTheReferenceShapeAndRemovesIt() {
    String id = cloud.createVolume("temp", 10);

    var reply = api.delete("/volumes/" + id + Cloud.SCOPE);

    assertThat(JsonShapes.differences(JsonShapes.reference("volume-delete"), reply.json()))
        .isEmpty();
    assertThat(reply.dataMap()).containsEntry("id", id);
    assertThat(api.get("/volumes" + Cloud.SCOPE).dataList()).isEmpty();
  }

  @Test
  void deleteVolume_unknownId_answers404NotFound() {
    var reply = api.delete("/volumes/nope" + Cloud.SCOPE);

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.error()).isEqualTo("volume nope not found");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5", "1.5", "\"100\"", "true", "null"})
  void createVolume_badSize_isRefusedWith400(String size) {
    String body = "{\"region\":\"sequoia\",\"project\":\"bob@example.com\",\"name\":\"v\","
        + "\"type\":\"hdd\",\"size\":" + size + "}";

    var reply = api.post("/volumes", body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error()).isIn("size must be a positive integer", "size is required");
    assertThat(SIM.control().objects("volumes")).isEmpty();
  }

  @Test
  void createVolume_unknownType_isRefused() {
    var reply = api.post("/volumes",
        Cloud.scoped(Map.of("name", "v", "type", "tape", "size", 10)));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error()).startsWith("unknown volume type tape");
  }

  @ParameterizedTest
  @ValueSource(strings = {"region", "project", "name", "type", "size"})
  void createVolume_missingField_isRefusedNamingIt(String field) {
    var body = new LinkedHashMap<String, Object>(
        Cloud.scoped(Map.of("name", "v", "type", "hdd", "size", 10)));
    body.remove(field);

    var reply = api.post("/volumes", body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error()).isEqualTo(field + " is required");
  }

  @Test
  void createVolume_duplicateName_answers409() {
    cloud.createVolume("data", 10);

    var reply = api.post("/volumes",
        Cloud.scoped(Map.of("name", "data", "type", "hdd", "size", 20)));

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.error()).isEqualTo("a volume named data already exists in "
        + "bob@example.com/sequoia");
  }

  @Test
  void createFileSystem_answersItsIdAndListsTheDocumentedShape() {
    String id = cloud.createFileSystem("shared-data", 500);

    var listed = api.get("/file-systems" + Cloud.SCOPE).dataList();

    assertThat(listed).hasSize(1);
    assertThat(listed.getFirst().keySet())
        .containsExactly("id", "name", "size", "status", "region", "created_at");
    assertThat(listed.getFirst()).containsEntry("id", id).containsEntry("size", 500L)
        .containsEntry("status", "available");
  }

  @Test
  void deleteFileSystem_answersItsIdAndRemovesIt() {
    String id = cloud.createFileSystem("fs", 50);

    var reply = api.delete("/file-systems/" + id + Cloud.SCOPE);

    assertThat(reply.dataMap()).containsEntry("id", id);
    assertThat(api.get("/file-systems" + Cloud.SCOPE).dataList()).isEmpty();
    assertThat(api.delete("/file-systems/" + id + Cloud.SCOPE).status()).isEqualTo(404);
  }

  @Test
  void createFileSystem_badSizeOrDuplicate_isRefused() {
    cloud.createFileSystem("fs", 50);

    var zero = api.post("/file-systems", Cloud.scoped(Map.of("name", "fs2", "size", 0)));
    var twin = api.post("/file-systems", Cloud.scoped(Map.of("name", "fs", "size", 5)));

    assertThat(zero.status()).isEqualTo(400);
    assertThat(twin.status()).isEqualTo(409);
    assertThat(twin.error()).contains("already exists");
  }

  @Test
  void lists_areScopedToProjectAndRegion() {
    cloud.createVolume("v", 1);
    cloud.createFileSystem("f", 1);

    var redwood = "?project=bob%40example.com&region=redwood";
    var alice = "?project=alice%40example.com&region=sequoia";

    assertThat(api.get("/volumes" + redwood).dataList()).isEmpty();
    assertThat(api.get("/file-systems" + alice).dataList()).isEmpty();
    assertThat(api.get("/volumes?project=bob%40example.com").status()).isEqualTo(400);
  }
}
