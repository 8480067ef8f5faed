package io.canopywave.tf.resource.instance;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.api.ApiCall;
import io.canopywave.tf.api.ApiException;
import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.ClientSettings;
import io.canopywave.tf.cancel.Cancellation;
import io.canopywave.tf.plan.BlockValues;
import io.canopywave.tf.plan.CoreProposal;
import io.canopywave.tf.plan.PlanEngine;
import io.canopywave.tf.plan.PlanResult;
import io.canopywave.tf.plan.PlanRules;
import io.canopywave.tf.resource.common.Connection;
import io.canopywave.tf.resource.common.TestConnections;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.Diagnostic;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.spi.ClientCapabilities;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class InstancePlanTest {
  private static final Schema SCHEMA = InstanceSchema.schema();
  private static final Block BLOCK = SCHEMA.block();
  private static final CtyValue NULL = CtyValue.nullOf(SCHEMA.impliedType());

  /** A provider that is not configured yet: no catalogue check, no scope defaults. */
  private final InstanceResource offline = new InstanceResource(TestConnections.notReady());
  private final Diagnostics diagnostics = new Diagnostics();
  private final Operation op =
      new Operation(diagnostics, ClientCapabilities.NONE, new Cancellation());

  private static CtyValue.ObjectVal config(Object... more) {
    CtyValue.ObjectVal config = BlockValues.object(BLOCK, "name", "web", "flavor", "H100-4",
        "image", "GPU-Ubuntu.22.04", "project", "bob@example.com", "region", "sequoia",
        "password", "pw-1");
    return BlockValues.with(config, more);
  }

  /** The state an apply of {@link #config} left. */
  private static CtyValue.ObjectVal applied(CtyValue config, Object... more) {
    CtyValue.ObjectVal state = BlockValues.with(config, "id", "i-1", "status", "active",
        "is_monitoring", false, "public_ip", "203.0.113.9",
        "private_ips", CtyValue.list(CtyType.STRING, List.of(CtyValue.string("10.0.0.5"))),
        "flavor_name", "4x H100 (80 GB SXM5)", "launched_at", "2026-01-02T03:04:05.000000",
        "created_at", "2026-01-02T03:00:00Z");
    return BlockValues.with(state, more);
  }

  /** What an import followed by a refresh leaves: nothing the API cannot report. */
  private static CtyValue.ObjectVal imported() {
    return applied(config(), "image", CtyValue.nullOf(CtyType.STRING),
        "password", CtyValue.nullOf(CtyType.STRING));
  }

  private PlanResult plan(CtyValue prior, CtyValue config) {
    return PlanRules.checkedPlan(offline, prior, config, op);
  }

  private static CtyValue attribute(PlanResult result, String name) {
    return ((CtyValue.ObjectVal) result.planned()).get(name);
  }

  @Test
  void plan_create_computedUnknownMonitoringFalse() {
    PlanResult result = plan(NULL, config());

    assertThat(attribute(result, "id").isKnown()).isFalse();
    assertThat(attribute(result, "status").isKnown()).isFalse();
    assertThat(attribute(result, "is_monitoring")).isEqualTo(CtyValue.bool(false));
    assertThat(result.requiresReplace()).isEmpty();
  }

  @Test
  void plan_unchangedAfterApply_isThePriorState() {
    CtyValue prior = applied(config());

    PlanResult result = plan(prior, config());

    assertThat(result.planned()).isEqualTo(prior);
    assertThat(result.requiresReplace()).isEmpty();
    assertThat(diagnostics.list()).isEmpty();
  }

  @Test
  void plan_nameChanged_replacesNamingIt() {
    PlanResult result = plan(applied(config()), config("name", "web-2"));

    assertThat(result.requiresReplace()).containsExactly(AttributePath.of("name"));
  }

  @Test
  void plan_passwordChanged_replaces() {
    PlanResult result = plan(applied(config()), config("password", "pw-2"));

    assertThat(result.requiresReplace()).containsExactly(AttributePath.of("password"));
  }

  @Test
  void plan_writeOnlyPasswordChangedAlone_isNoChange() {
    CtyValue.ObjectVal written = config("password", CtyValue.nullOf(CtyType.STRING),
        "password_wo", "wo-1", "password_wo_version", 1);
    CtyValue prior = applied(written, "password_wo", CtyValue.nullOf(CtyType.STRING));

    PlanResult result = plan(prior, BlockValues.with(written, "password_wo", "wo-2"));

    assertThat(result.planned()).isEqualTo(prior);
    assertThat(result.requiresReplace()).isEmpty();
  }

  @Test
  void plan_writeOnlyVersionBumped_replaces() {
    CtyValue.ObjectVal written = config("password", CtyValue.nullOf(CtyType.STRING),
        "password_wo", "wo-1", "password_wo_version", 1);
    CtyValue prior = applied(written, "password_wo", CtyValue.nullOf(CtyType.STRING));

    PlanResult result = plan(prior, BlockValues.with(written, "password_wo", "wo-2",
        "password_wo_version", 2));

    assertThat(result.requiresReplace())
        .containsExactly(AttributePath.of("password_wo_version"));
    assertThat(attribute(result, "password_wo").isNull()).isTrue();
  }

  @Test
  void plan_afterImport_recordsUnreadableValuesInPlace() {
    CtyValue prior = imported();

    PlanResult result = plan(prior, config());

    assertThat(result.requiresReplace()).isEmpty();
    assertThat(result.planned()).isEqualTo(BlockValues.with(prior, "image", "GPU-Ubuntu.22.04",
        "password", "pw-1"));
  }

  @Test
  void plan_afterImportWithWriteOnlyVersion_recordsIt() {
    CtyValue prior = imported();
    CtyValue.ObjectVal config = config("password", CtyValue.nullOf(CtyType.STRING),
        "password_wo", "wo-1", "password_wo_version", 3);

    PlanResult result = plan(prior, config);

    assertThat(result.requiresReplace()).isEmpty();
    assertThat(attribute(result, "password_wo_version")).isEqualTo(CtyValue.number(3));
    assertThat(attribute(result, "status")).isEqualTo(CtyValue.string("active"));
  }

  @Test
  void plan_afterImportWithAnotherFlavor_stillReplaces() {
    PlanResult result = plan(imported(), config("flavor", "H100-8"));

    assertThat(result.requiresReplace()).containsExactly(AttributePath.of("flavor"));
  }

  @Test
  void plan_restartTriggersChanged_updatesInPlaceWithStatusUnknown() {
    CtyValue prior = applied(config("restart_triggers", BlockValues.stringMap("v", "1")));

    PlanResult result = plan(prior,
        config("restart_triggers", BlockValues.stringMap("v", "2")));

    assertThat(result.requiresReplace()).isEmpty();
    assertThat(attribute(result, "status").isKnown()).isFalse();
    assertThat(attribute(result, "id")).isEqualTo(CtyValue.string("i-1"));
    assertThat(attribute(result, "created_at")).isEqualTo(
        CtyValue.string("2026-01-02T03:00:00Z"));
  }

  @Test
  void plan_restartTriggersAdded_onlyRecordsThem() {
    CtyValue prior = applied(config());
    CtyValue.ObjectVal config = config("restart_triggers", BlockValues.stringMap("v", "1"));

    PlanResult result = plan(prior, config);

    assertThat(result.requiresReplace()).isEmpty();
    assertThat(result.planned()).isEqualTo(BlockValues.with(prior, "restart_triggers",
        BlockValues.stringMap("v", "1")));
  }

  @Test
  void plan_priorInError_replacesOnStatusAndWarns() {
    CtyValue prior = applied(config(), "status", "error");

    PlanResult result = plan(prior, config());

    assertThat(result.requiresReplace()).containsExactly(AttributePath.of("status"));
    assertThat(attribute(result, "status").isKnown()).isFalse();
    assertThat(diagnostics.list()).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
      assertThat(d.detail()).contains("\"web\"", "i-1", "`error`");
    });
  }

  @Test
  void plan_priorShutOff_onlyWarns() {
    CtyValue prior = applied(config(), "status", "shutoff");

    PlanResult result = plan(prior, config());

    assertThat(result.planned()).isEqualTo(prior);
    assertThat(result.requiresReplace()).isEmpty();
    assertThat(diagnostics.list()).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
      assertThat(d.detail()).contains("\"web\"", "`shutoff`");
    });
  }

  @Test
  void plan_twice_isTheSame() {
    CtyValue prior = applied(config(), "status", "error");

    assertThat(plan(prior, config())).isEqualTo(plan(prior, config()));
  }

  // The catalogue check and the scope defaults need a configured provider.

  private static final Connection CONNECTION = new Connection(new CanopyWaveClient(
      ClientSettings.builder().baseUrl("http://127.0.0.1:9/api/v1").apiKey("unused").build()),
      "default@example.com", "sequoia");

  private CtyValue planOnline(CtyValue config, Function<Connection, InstanceCatalogue> source) {
    Set<AttributePath> replace = new HashSet<>();
    CtyValue planned = PlanEngine.plan(offline, NULL,
        CoreProposal.proposedNew(SCHEMA, NULL, config), config, op).planned();
    return new InstancePlan(BLOCK, source)
        .modify(NULL, config, planned, replace, Optional.of(CONNECTION), diagnostics);
  }

  @Test
  void modify_unknownFlavor_errorOnFlavorListingTheCodes() {
    planOnline(config("flavor", "H100-3"), c -> InstanceCatalogueTest.CATALOGUE);

    assertThat(diagnostics.list()).singleElement().satisfies(d -> {
      assertThat(d.isError()).isTrue();
      assertThat(d.path()).isEqualTo(AttributePath.of("flavor"));
      assertThat(d.detail()).contains("`H100-3`", "`H100-4`", "`H100-8`", "`m1.advanced`");
    });
  }

  @Test
  void modify_imageOfAnotherFlavor_errorOnImageListingTheFittingOnes() {
    planOnline(config("flavor", "m1.advanced"), c -> InstanceCatalogueTest.CATALOGUE);

    assertThat(diagnostics.list()).singleElement().satisfies(d -> {
      assertThat(d.isError()).isTrue();
      assertThat(d.path()).isEqualTo(AttributePath.of("image"));
      assertThat(d.summary()).isEqualTo("Image does not fit the flavor");
      assertThat(d.detail()).contains("does not fit", "`CPU-Ubuntu.22.04`");
    });
  }

  @Test
  void modify_imageThatDoesNotExist_titledUnknownImage() {
    planOnline(config("image", "Windows-95"), c -> InstanceCatalogueTest.CATALOGUE);

    assertThat(diagnostics.list()).singleElement().satisfies(d -> {
      assertThat(d.summary()).isEqualTo("Unknown image");
      assertThat(d.detail()).contains("`Windows-95` does not exist", "`GPU-Ubuntu.24.04`");
    });
  }

  @Test
  void modify_fittingChoice_noDiagnostics() {
    planOnline(config(), c -> InstanceCatalogueTest.CATALOGUE);

    assertThat(diagnostics.list()).isEmpty();
  }

  @Test
  void modify_catalogueUnavailable_warnsAndPlans() {
    planOnline(config(), c -> {
      throw new ApiException(ApiException.Kind.SERVER, new ApiCall("GET", "/instance-types"),
          503, "maintenance", null, false, null);
    });

    assertThat(diagnostics.list()).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
      assertThat(d.detail()).contains("maintenance");
    });
  }

  @Test
  void modify_scopeLeftNull_takesTheProviderDefaults() {
    CtyValue config = config("project", CtyValue.nullOf(CtyType.STRING),
        "region", CtyValue.nullOf(CtyType.STRING));

    CtyValue.ObjectVal planned =
        (CtyValue.ObjectVal) planOnline(config, c -> InstanceCatalogueTest.CATALOGUE);

    assertThat(planned.get("project")).isEqualTo(CtyValue.string("default@example.com"));
    assertThat(planned.get("region")).isEqualTo(CtyValue.string("sequoia"));
  }
}
