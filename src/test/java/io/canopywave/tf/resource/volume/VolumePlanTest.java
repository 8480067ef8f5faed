package io.canopywave.tf.resource.volume;

import static io.canopywave.tf.plan.BlockValues.object;
import static io.canopywave.tf.plan.BlockValues.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.plan.AppliedValues;
import io.canopywave.tf.plan.ConfigValidation;
import io.canopywave.tf.plan.CoreProposal;
import io.canopywave.tf.plan.PlanEngine;
import io.canopywave.tf.plan.PlanResult;
import io.canopywave.tf.plan.PlanRules;
import io.canopywave.tf.resource.common.TestConnections;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Diagnostic;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.value.CtyValue;
import org.junit.jupiter.api.Test;

class VolumePlanTest {
  private final VolumeResource resource = new VolumeResource(TestConnections.planOnly());

  private PlanResult plan(CtyValue prior, CtyValue config, Operation op) {
    return PlanRules.checkedPlan(resource, prior, config, op);
  }

  private static CtyValue config(Object... namesAndValues) {
    return object(VolumeSchema.SCHEMA.block(), namesAndValues);
  }

  /** The state after creating {@code config}: its plan from nothing, applied. */
  private CtyValue created(CtyValue config) {
    return AppliedValues.apply(plan(nothing(), config, TestConnections.operation()).planned());
  }

  private CtyValue nothing() {
    return CtyValue.nullOf(resource.schema().impliedType());
  }

  @Test
  void plan_newVolumeWithoutTypeOrScope_plansDefaultsKnown() {
    CtyValue planned = plan(nothing(), config("name", "data", "size", 10),
        TestConnections.operation()).planned();

    CtyValue.ObjectVal object = (CtyValue.ObjectVal) planned;
    assertThat(object.get("type")).isEqualTo(CtyValue.string("hdd"));
    assertThat(object.get("project")).isEqualTo(CtyValue.string(TestConnections.PROJECT));
    assertThat(object.get("region")).isEqualTo(CtyValue.string(TestConnections.REGION));
    assertThat(object.get("id").isKnown()).isFalse();
    assertThat(object.get("status").isKnown()).isFalse();
  }

  @Test
  void plan_noProviderDefaults_errorsOnBothScopeAttributes() {
    VolumeResource unscoped = new VolumeResource(TestConnections.planOnly(null, null));
    Operation op = TestConnections.operation();
    CtyValue config = config("name", "data", "size", 10);

    PlanEngine.plan(unscoped, nothing(), CoreProposal.proposedNew(unscoped.schema(), nothing(),
        config), config, op);

    assertThat(op.diagnostics().list()).extracting(Diagnostic::path)
        .containsExactlyInAnyOrder(AttributePath.of("project"), AttributePath.of("region"));
  }

  @Test
  void plan_afterApply_isEmpty() {
    CtyValue config = config("name", "data", "size", 10);
    CtyValue applied = created(config);

    PlanResult again = plan(applied, config, TestConnections.operation());

    assertThat(again.planned()).isEqualTo(applied);
    assertThat(again.requiresReplace()).isEmpty();
  }

  @Test
  void plan_sizeOrTypeChanged_replacesNamingTheAttribute() {
    CtyValue config = config("name", "data", "size", 10);
    CtyValue applied = created(config);

    assertThat(plan(applied, with(config, "size", 20), TestConnections.operation())
        .requiresReplace()).containsExactly(AttributePath.of("size"));
    assertThat(plan(applied, with(config, "type", "ssd"), TestConnections.operation())
        .requiresReplace()).containsExactly(AttributePath.of("type"));
  }

  @Test
  void plan_providerDefaultsChangedLater_keepsTheStoredScope() {
    CtyValue config = config("name", "data", "size", 10);
    CtyValue applied = created(config);
    VolumeResource moved = new VolumeResource(
        TestConnections.planOnly("other@example.com", "elsewhere"));
    CtyValue proposed = CoreProposal.proposedNew(moved.schema(), applied, config);

    PlanResult result = PlanEngine.plan(moved, applied, proposed, config,
        TestConnections.operation());

    assertThat(result.planned()).isEqualTo(applied);
  }

  @Test
  void plan_providerNotReady_leavesScopeUnknownWithoutError() {
    VolumeResource early = new VolumeResource(TestConnections.notReady());
    Operation op = TestConnections.operation();
    CtyValue config = config("name", "data", "size", 10);

    PlanResult result = PlanEngine.plan(early, nothing(),
        CoreProposal.proposedNew(early.schema(), nothing(), config), config, op);

    assertThat(op.diagnostics().list()).isEmpty();
    assertThat(((CtyValue.ObjectVal) result.planned()).get("project").isKnown()).isFalse();
  }

  @Test
  void validate_badSizeAndType_errorOnEachAttribute() {
    Operation op = TestConnections.operation();

    ConfigValidation.validate(resource.schema(),
        config("name", "data", "size", CtyValue.number(new java.math.BigDecimal("1.5")),
            "type", "nvme"), op);

    assertThat(op.diagnostics().list()).extracting(Diagnostic::path)
        .containsExactlyInAnyOrder(AttributePath.of("size"), AttributePath.of("type"));
    assertThat(op.diagnostics().list()).extracting(Diagnostic::detail)
        .contains("`type` must be one of `hdd`, `ssd`.",
            "`size` must be a whole number of at least 1.");
  }

  @Test
  void schema_everyAttribute_hasADescription() {
    assertThat(resource.schema().block().attributes())
        .allSatisfy(a -> assertThat(a.description()).isNotBlank());
    assertThat(resource.schema().block().description()).isNotBlank();
  }
}
