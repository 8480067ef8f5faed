package io.canopywave.tf.resource.floatingip;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.api.model.PublicIp;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.plan.Timeouts;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.ObjectReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** API records to state values, for both floating IP resources. */
class FloatingIpStateTest {
  private static final Scope SCOPE = new Scope("bob@example.com", "sequoia");

  @Test
  void fromApi_associatedEntry_recordsServerAsInstanceNameAndTheResolvedId() {
    PublicIp listed = new PublicIp("ip-1", "213.181.122.171", "bob-2", "ACTIVE");

    ObjectReader state = ObjectReader.of(
        FloatingIpState.fromApi(listed, SCOPE, "id-bob-2").toValue(noTimeouts()));

    assertThat(state.string("id")).isEqualTo("ip-1");
    assertThat(state.string("address")).isEqualTo("213.181.122.171");
    assertThat(state.string("status")).isEqualTo("ACTIVE");
    assertThat(state.string("instance_id")).isEqualTo("id-bob-2");
    assertThat(state.string("instance_name")).isEqualTo("bob-2");
    assertThat(state.string("project")).isEqualTo("bob@example.com");
    assertThat(state.string("region")).isEqualTo("sequoia");
    assertThat(state.isNull("timeouts")).isTrue();
    assertThat(state.object().isWhollyKnown()).isTrue();
  }

  @Test
  void fromApi_unassociatedEntry_hasNullInstance() {
    PublicIp listed = new PublicIp("ip-2", "213.181.122.206", null, "DOWN");

    ObjectReader state =
        ObjectReader.of(FloatingIpState.fromApi(listed, SCOPE, null).toValue(noTimeouts()));

    assertThat(state.isNull("instance_id")).isTrue();
    assertThat(state.isNull("instance_name")).isTrue();
    assertThat(state.string("status")).isEqualTo("DOWN");
  }

  @Test
  void allocated_partialState_keepsIdAndAddressOnly() {
    ObjectReader state = ObjectReader.of(
        FloatingIpState.allocated("ip-3", "213.181.122.218", SCOPE).toValue(noTimeouts()));

    assertThat(state.string("id")).isEqualTo("ip-3");
    assertThat(state.string("address")).isEqualTo("213.181.122.218");
    assertThat(state.isNull("status")).isTrue();
    assertThat(state.isNull("instance_id")).isTrue();
  }

  @Test
  void withAddressFallback_listWithoutAddress_keepsTheAllocatedOne() {
    PublicIp listedWithoutAddress = new PublicIp("ip-4", null, null, "DOWN");
    PublicIp listed = new PublicIp("ip-4", "10.9.8.7", null, "DOWN");

    assertThat(FloatingIpState.fromApi(listedWithoutAddress, SCOPE, null)
        .withAddressFallback("213.181.122.1").address()).isEqualTo("213.181.122.1");
    assertThat(FloatingIpState.fromApi(listed, SCOPE, null)
        .withAddressFallback("213.181.122.1").address()).isEqualTo("10.9.8.7");
  }

  @Test
  void toValue_timeoutsBlock_isCarriedAsGiven() {
    CtyValue.ObjectVal timeouts = CtyValue.object(
        (CtyType.ObjectOf) FloatingIpSchema.SCHEMA.impliedType().attribute(Timeouts.BLOCK_NAME),
        Map.of("create", CtyValue.string("1m"), "update", CtyValue.nullOf(CtyType.STRING),
            "delete", CtyValue.string("2m")));

    CtyValue state = FloatingIpState.allocated("ip-5", null, SCOPE).toValue(timeouts);

    assertThat(Timeouts.of(state).create(FloatingIpSchema.CREATE_TIMEOUT)).hasMinutes(1);
    assertThat(Timeouts.of(state).delete(FloatingIpSchema.DELETE_TIMEOUT)).hasMinutes(2);
  }

  @Test
  void associationToValue_idIsTheFloatingIpId() {
    ObjectReader state = ObjectReader.of(new FloatingIpAssociationState("ip-6", "id-web", SCOPE)
        .toValue(CtyValue.nullOf(FloatingIpAssociationSchema.SCHEMA.impliedType()
            .attribute(Timeouts.BLOCK_NAME))));

    assertThat(state.string("id")).isEqualTo("ip-6");
    assertThat(state.string("floating_ip_id")).isEqualTo("ip-6");
    assertThat(state.string("instance_id")).isEqualTo("id-web");
    assertThat(state.string("project")).isEqualTo("bob@example.com");
  }

  private static CtyValue noTimeouts() {
    return CtyValue.nullOf(FloatingIpSchema.SCHEMA.impliedType().attribute(Timeouts.BLOCK_NAME));
  }
}
