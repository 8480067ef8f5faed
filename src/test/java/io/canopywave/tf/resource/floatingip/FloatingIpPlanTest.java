package io.canopywave.tf.resource.floatingip;

import static io.canopywave.tf.plan.BlockValues.object;
import static io.canopywave.tf.plan.BlockValues.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.cancel.Cancellation;
import io.canopywave.tf.plan.PlanResult;
import io.canopywave.tf.plan.PlanRules;
import io.canopywave.tf.resource.common.ConnectionSource;
import io.canopywave.tf.resource.common.TestConnections;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.spi.ClientCapabilities;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.spi.Resource;
import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.ObjectReader;
import org.junit.jupiter.api.Test;

/** Plans of both floating IP resources, through the generic engine and their plan hooks. */
class FloatingIpPlanTest {
  private static final Block IP = FloatingIpSchema.SCHEMA.block();
  private static final Block ASSOCIATION = FloatingIpAssociationSchema.SCHEMA.block();
  private static final ConnectionSource DEFAULTS =
      TestConnections.planOnly("bob@example.com", "sequoia");

  private static final CtyValue PRIOR_IP = object(IP, "id", "ip-1", "address", "213.181.122.7",
      "status", "ACTIVE", "instance_id", "id-a", "instance_name", "web-a",
      "project", "bob@example.com", "region", "sequoia");
  private static final CtyValue CONFIG_IP = object(IP, "instance_id", "id-a");
  private static final CtyValue PRIOR_ASSOCIATION = object(ASSOCIATION, "id", "ip-1",
      "floating_ip_id", "ip-1", "instance_id", "id-a", "project", "bob@example.com",
      "region", "sequoia");

  private final Diagnostics diagnostics = new Diagnostics();

  @Test
  void plan_createWithoutScope_takesTheProviderDefaults() {
    PlanResult result = plan(new FloatingIpResource(DEFAULTS), absent(IP), CONFIG_IP);

    ObjectReader planned = ObjectReader.of(result.planned());
    assertThat(planned.string("project")).isEqualTo("bob@example.com");
    assertThat(planned.string("region")).isEqualTo("sequoia");
    assertThat(planned.isKnown("id")).isFalse();
    assertThat(planned.isKnown("address")).isFalse();
    assertThat(planned.string("instance_id")).isEqualTo("id-a");
    assertThat(diagnostics.hasErrors()).isFalse();
  }

  @Test
  void plan_createWithoutScopeOrDefaults_errorsOnProjectAndRegion() {
    FloatingIpResource resource = new FloatingIpResource(TestConnections.planOnly(null, null));

    plan(resource, absent(IP), CONFIG_IP);

    assertThat(diagnostics.list()).extracting(d -> d.path())
        .containsExactlyInAnyOrder(AttributePath.of("project"), AttributePath.of("region"));
  }

  @Test
  void plan_instanceChanged_movesInPlaceKeepingIdAddressAndScope() {
    FloatingIpResource resource =
        new FloatingIpResource(TestConnections.planOnly("carol@example.com", "kodiak"));
    CtyValue config = object(IP, "instance_id", "id-b");

    PlanResult result = plan(resource, PRIOR_IP, config);

    assertThat(result.requiresReplace()).isEmpty();
    ObjectReader planned = ObjectReader.of(result.planned());
    assertThat(planned.string("id")).isEqualTo("ip-1");
    assertThat(planned.string("address")).isEqualTo("213.181.122.7");
    // Changed provider defaults never move an existing address.
    assertThat(planned.string("project")).isEqualTo("bob@example.com");
    assertThat(planned.string("region")).isEqualTo("sequoia");
    assertThat(planned.isKnown("status")).isFalse();
    assertThat(planned.isKnown("instance_name")).isFalse();
    assertThat(planned.string("instance_id")).isEqualTo("id-b");
  }

  @Test
  void plan_instanceRemoved_plansNoInstance() {
    PlanResult result = plan(new FloatingIpResource(DEFAULTS), PRIOR_IP, object(IP));

    assertThat(result.requiresReplace()).isEmpty();
    assertThat(ObjectReader.of(result.planned()).isNull("instance_id")).isTrue();
  }

  @Test
  void plan_regionChanged_replacesNamingRegion() {
    CtyValue config = with(CONFIG_IP, "region", "kodiak");

    PlanResult result = plan(new FloatingIpResource(DEFAULTS), PRIOR_IP, config);

    assertThat(result.requiresReplace()).containsExactly(AttributePath.of("region"));
  }

  @Test
  void plan_nothingChanged_isThePriorState() {
    PlanResult result = plan(new FloatingIpResource(DEFAULTS), PRIOR_IP, CONFIG_IP);

    assertThat(result.planned()).isEqualTo(PRIOR_IP);
    assertThat(result.requiresReplace()).isEmpty();
  }

  @Test
  void plan_onlyTimeoutsChanged_keepsComputedValuesKnown() {
    CtyValue timeouts = object(IP.block("timeouts").orElseThrow().block(), "update", "1m");
    CtyValue config = with(CONFIG_IP, "timeouts", timeouts);

    PlanResult result = plan(new FloatingIpResource(DEFAULTS), PRIOR_IP, config);

    assertThat(result.planned().isWhollyKnown()).isTrue();
    assertThat(result.planned()).isEqualTo(with(PRIOR_IP, "timeouts", timeouts));
  }

  @Test
  void plan_associationInstanceChanged_movesInPlace() {
    CtyValue config = object(ASSOCIATION, "floating_ip_id", "ip-1", "instance_id", "id-b");

    PlanResult result = planAssociationChange(config);

    assertThat(result.requiresReplace()).isEmpty();
    ObjectReader planned = ObjectReader.of(result.planned());
    assertThat(planned.string("id")).isEqualTo("ip-1");
    assertThat(planned.string("instance_id")).isEqualTo("id-b");
  }

  @Test
  void plan_associationFloatingIpChanged_replacesNamingIt() {
    CtyValue config = object(ASSOCIATION, "floating_ip_id", "ip-2", "instance_id", "id-a");

    PlanResult result = planAssociationChange(config);

    assertThat(result.requiresReplace()).containsExactly(AttributePath.of("floating_ip_id"));
  }

  /** Plans {@code config} over {@link #PRIOR_ASSOCIATION}, ip-1 on instance id-a. */
  private PlanResult planAssociationChange(CtyValue config) {
    return plan(new FloatingIpAssociationResource(DEFAULTS), PRIOR_ASSOCIATION, config);
  }

  private PlanResult plan(Resource resource, CtyValue prior, CtyValue config) {
    Operation op = new Operation(diagnostics, ClientCapabilities.NONE, new Cancellation());
    return PlanRules.checkedPlan(resource, prior, config, op);
  }

  private static CtyValue absent(Block block) {
    return CtyValue.nullOf(block.impliedType());
  }
}
