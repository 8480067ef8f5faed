package io.canopywave.tf.datasource.instance;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.api.model.InstanceDetail;
import io.canopywave.tf.api.model.InstanceSummary;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.datasource.common.ApiExamples;
import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.ObjectReader;
import io.canopywave.tf.value.Values;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reference's detail document of {@code bob-2} and its list entry. */
class InstanceLookupStateTest {
  static final Scope SCOPE = new Scope("bob@example.com", "sequoia");
  static final InstanceDetail DETAIL =
      InstanceDetail.fromJson(ApiExamples.json("instance-detail").path("data"));
  static final InstanceSummary SUMMARY =
      ApiExamples.dataList("instances-list", InstanceSummary::fromJson).getFirst();

  private static CtyValue.ObjectVal configById() {
    return Values.object(InstanceLookupSchema.schema().impliedType(),
        Map.of("id", DETAIL.id()));
  }

  @Test
  void of_detailAndListEntry_fillsEveryComputedField() {
    ObjectReader state = ObjectReader.of(
        InstanceLookupState.of(configById(), SCOPE, DETAIL, SUMMARY, "H100-2"));

    assertThat(state.string("id")).isEqualTo("9bc56d2b-411b-47c3-b93a-691c3931009c");
    assertThat(state.string("name")).isEqualTo("bob-2");
    assertThat(state.string("project")).isEqualTo("bob@example.com");
    assertThat(state.string("region")).isEqualTo("sequoia");
    assertThat(state.string("status")).isEqualTo("active");
    assertThat(state.string("flavor")).isEqualTo("H100-2");
    assertThat(state.string("flavor_name")).isEqualTo("2x H100 (80 GB SXM5)");
    assertThat(state.string("image_id")).isEqualTo("66d16f9e-f984-4738-a170-97457ecfe4b6");
    assertThat(state.isNull("key_name")).isTrue();
    assertThat(state.isNull("public_ip")).isTrue();
    assertThat(state.strings("private_ips")).containsExactly("172.16.0.252");
    assertThat(state.nestedList("addresses")).singleElement().satisfies(address -> {
      assertThat(address.string("network")).isEqualTo("bob_example_com-network");
      assertThat(address.string("address")).isEqualTo("172.16.0.252");
      assertThat(address.longValue("version")).isEqualTo(4);
      assertThat(address.string("type")).isEqualTo("fixed");
      assertThat(address.string("mac_address")).isEqualTo("fa:16:3e:9d:aa:19");
    });
    assertThat(state.strings("security_groups"))
        .containsExactly("ssh", "default", "monitoring");
    assertThat(state.strings("attached_volume_ids")).isEmpty();
    assertThat(state.stringMap("metadata")).isEmpty();
    assertThat(state.string("availability_zone")).isEqualTo("nova");
    assertThat(state.string("vm_state")).isEqualTo("active");
    assertThat(state.isNull("task_state")).isTrue();
    assertThat(state.longValue("power_state")).isEqualTo(1);
    assertThat(state.string("launched_at")).isEqualTo("2025-05-24T01:17:09.000000");
    assertThat(state.string("created_at")).isEqualTo("2025-05-24T01:15:50Z");
    assertThat(state.string("updated_at")).isEqualTo("2025-05-24T01:17:09Z");
    assertThat(state.string("role")).isEqualTo("worker");
    assertThat(state.isNull("payment_mode")).isTrue();
  }

  @Test
  void of_noListEntry_leavesListOnlyFieldsNullAndKeepsTheDetails() {
    ObjectReader state = ObjectReader.of(
        InstanceLookupState.of(configById(), SCOPE, DETAIL, null, null));

    assertThat(state.isNull("flavor")).isTrue();
    assertThat(state.isNull("flavor_name")).isTrue();
    assertThat(state.isNull("role")).isTrue();
    assertThat(state.string("name")).isEqualTo("bob-2");
    assertThat(state.string("status")).isEqualTo("active");
    assertThat(state.string("launched_at")).isEqualTo("2025-05-24T01:17:09.000000");
  }

  @Test
  void of_floatingAddressInDetail_isThePublicIpAndNotAPrivateOne() {
    InstanceDetail detail = InstanceDetail.fromJson(ApiExamples.parse("""
        {"id": "i-1", "name": "web", "status": "ACTIVE", "addresses": {"net": [
          {"addr": "172.16.0.9", "version": 4, "OS-EXT-IPS:type": "fixed"},
          {"addr": "203.0.113.7", "version": 4, "OS-EXT-IPS:type": "floating"}]}}
        """));

    ObjectReader state = ObjectReader.of(
        InstanceLookupState.of(configById(), SCOPE, detail, null, null));

    assertThat(state.string("public_ip")).isEqualTo("203.0.113.7");
    assertThat(state.strings("private_ips")).containsExactly("172.16.0.9");
    assertThat(state.nestedList("addresses")).hasSize(2);
    assertThat(state.isNull("created_at")).isTrue();
  }
}
