package io.canopywave.tf.resource.instance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.canopywave.tf.api.model.InstanceDetail;
import io.canopywave.tf.api.model.InstanceSummary;
import io.canopywave.tf.plan.BlockValues;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstanceModelTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Block BLOCK = InstanceSchema.schema().block();
  private static final InstanceCatalogue CATALOGUE = new InstanceCatalogue(List.of(
      InstanceCatalogueTest.type("H100-2", "2x H100 (80 GB SXM5)", List.of("GPU-Ubuntu.22.04")),
      InstanceCatalogueTest.type("H100-4", "4x H100 (80 GB SXM5)", List.of("GPU-Ubuntu.22.04"))),
      List.of("GPU-Ubuntu.22.04"));

  /** The reference's detail document. */
  private static JsonNode detailJson() {
    return example("instance-detail").get("data");
  }

  /** The reference's running list entry for the same instance (it has a public IP). */
  private static InstanceSummary runningEntry() {
    return InstanceSummary.fromJson(example("instances-running").get("data").get(0));
  }

  private static JsonNode example(String name) {
    try (InputStream in = InstanceModelTest.class.getResourceAsStream(
        "/api-examples/" + name + ".json")) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CtyValue imported() {
    return BlockValues.object(BLOCK, "id", "9bc56d2b-411b-47c3-b93a-691c3931009c",
        "project", "bob@example.com", "region", "sequoia");
  }

  @Test
  void fromApi_referenceDetailAndListEntry_mapsEveryField() {
    InstanceModel model = InstanceModel.fromApi(InstanceDetail.fromJson(detailJson()),
        runningEntry(), CATALOGUE, imported());

    assertThat(model).isEqualTo(new InstanceModel(
        "9bc56d2b-411b-47c3-b93a-691c3931009c", "bob-2", "H100-2", "2x H100 (80 GB SXM5)",
        null, null, true, InstanceStatus.of("ACTIVE"), "213.181.122.171",
        List.of("172.16.0.252"), "2025-05-24T01:17:09.000000", "2025-05-24T01:15:50Z"));
  }

  @Test
  void fromApi_floatingAddressInDetail_winsOverTheList() {
    ObjectNode detail = detailJson().deepCopy();
    ObjectNode floating = JSON.createObjectNode()
        .put("OS-EXT-IPS:type", "floating").put("addr", "203.0.113.9").put("version", 4);
    ((ArrayNode) detail.get("addresses")
        .get("bob_example_com-network")).add(floating);
    detail.put("key_name", "bob-key-1");
    detail.set("security_groups", JSON.createArrayNode().add(
        JSON.createObjectNode().put("name", "default")));

    InstanceModel model = InstanceModel.fromApi(InstanceDetail.fromJson(detail),
        runningEntry(), CATALOGUE, imported());

    assertThat(model.publicIp()).isEqualTo("203.0.113.9");
    assertThat(model.privateIps()).containsExactly("172.16.0.252");
    assertThat(model.keypair()).isEqualTo("bob-key-1");
    assertThat(model.monitoring()).isFalse();
  }

  @Test
  void fromApi_notInTheList_keepsThePriorFlavorAndNamesItFromTheCatalogue() {
    CtyValue prior = BlockValues.with(imported(), "flavor", "H100-4");

    InstanceModel model = InstanceModel.fromApi(InstanceDetail.fromJson(detailJson()), null,
        CATALOGUE, prior);

    assertThat(model.flavor()).isEqualTo("H100-4");
    assertThat(model.flavorName()).isEqualTo("4x H100 (80 GB SXM5)");
    assertThat(model.publicIp()).isNull();
  }

  @Test
  void toState_overPriorState_replacesReportedValuesAndKeepsTheRest() {
    CtyValue prior = BlockValues.with(imported(), "name", "old", "image", "GPU-Ubuntu.22.04",
        "password", "s3cret-Pa55", "status", "build",
        "restart_triggers", BlockValues.stringMap("config", "v1"));
    InstanceModel model = InstanceModel.fromApi(InstanceDetail.fromJson(detailJson()),
        runningEntry(), CATALOGUE, prior);

    ObjectReader state = ObjectReader.of(model.toState(prior));

    assertThat(state.string("name")).isEqualTo("bob-2");
    assertThat(state.string("status")).isEqualTo("active");
    assertThat(state.string("flavor")).isEqualTo("H100-2");
    assertThat(state.bool("is_monitoring")).isTrue();
    assertThat(state.string("keypair")).isNull();
    assertThat(state.strings("private_ips")).containsExactly("172.16.0.252");
    assertThat(state.string("image")).isEqualTo("GPU-Ubuntu.22.04");
    assertThat(state.string("password")).isEqualTo("s3cret-Pa55");
    assertThat(state.stringMap("restart_triggers")).containsEntry("config", "v1");
    assertThat(state.string("project")).isEqualTo("bob@example.com");
  }

  @Test
  void toState_noAddresses_isAnEmptyListNotNull() {
    ObjectNode detail = detailJson().deepCopy();
    detail.set("addresses", JSON.createObjectNode());

    CtyValue state = InstanceModel.fromApi(InstanceDetail.fromJson(detail), null, CATALOGUE,
        imported()).toState(imported());

    assertThat(ObjectReader.of(state).value("private_ips"))
        .isEqualTo(CtyValue.list(CtyType.STRING, List.of()));
  }
}
