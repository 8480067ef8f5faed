package io.canopywave.tf.resource.volume;

import static io.canopywave.tf.plan.BlockValues.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.plan.AppliedValues;
import io.canopywave.tf.plan.CoreProposal;
import io.canopywave.tf.plan.PlanEngine;
import io.canopywave.tf.resource.common.FakeApi;
import io.canopywave.tf.resource.common.TestConnections;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Diagnostic;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.value.CtyValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A project the configuration names is checked against the key's projects when the plan
 * creates or moves an object (shown on volumes; every resource shares the check).
 */
class VolumeProjectCheckTest {
  private static final String PROJECTS =
      "{\"data\": [\"alice@example.com\", \"bob@example.com\"]}";

  @RegisterExtension
  final FakeApi api = new FakeApi();
  private final VolumeResource resource = new VolumeResource(api.connections());
  private final Operation op = TestConnections.operation();

  private static CtyValue config(String project) {
    return object(VolumeSchema.SCHEMA.block(), "name", "data", "size", 10, "project", project);
  }

  private CtyValue plan(CtyValue prior, CtyValue config) {
    return PlanEngine.plan(resource, prior,
        CoreProposal.proposedNew(resource.schema(), prior, config), config, op).planned();
  }

  private CtyValue nothing() {
    return CtyValue.nullOf(resource.schema().impliedType());
  }

  @Test
  void plan_newObjectInAProjectTheKeyLacks_failsOnProjectNamingTheKnownOnes() {
    api.answer(200, PROJECTS);

    plan(nothing(), config("alcie@example.com"));

    assertThat(op.diagnostics().list()).singleElement().satisfies(error -> {
      assertThat(error.path()).isEqualTo(AttributePath.of("project"));
      assertThat(error.summary()).isEqualTo("Unknown project");
      assertThat(error.detail()).contains("\"alcie@example.com\"")
          .contains("alice@example.com, bob@example.com");
    });
    assertThat(api.requests()).containsExactly("GET /api/v1/projects");
  }

  @Test
  void plan_newObjectInAnotherKnownProject_passes() {
    api.answer(200, PROJECTS);

    plan(nothing(), config("alice@example.com"));

    assertThat(op.diagnostics().list()).isEmpty();
    assertThat(api.requests()).containsExactly("GET /api/v1/projects");
  }

  @Test
  void plan_providerDefaultProject_makesNoCall() {
    plan(nothing(), config(TestConnections.PROJECT));

    assertThat(op.diagnostics().list()).isEmpty();
    assertThat(api.requests()).isEmpty();
  }

  @Test
  void plan_projectUnchangedSinceCreate_isNotCheckedAgain() {
    api.answer(200, PROJECTS);
    CtyValue applied = AppliedValues.apply(plan(nothing(), config("alice@example.com")));

    plan(applied, config("alice@example.com"));

    assertThat(op.diagnostics().list()).extracting(Diagnostic::summary).isEmpty();
    assertThat(api.requests()).as("one check, at create").containsExactly("GET /api/v1/projects");
  }

  @Test
  void plan_projectListUnreadable_leavesTheCheckToTheApply() {
    api.answer(500, "{\"error\": \"down\"}").answer(500, "{\"error\": \"down\"}")
        .answer(500, "{\"error\": \"down\"}");

    plan(nothing(), config("alice@example.com"));

    assertThat(op.diagnostics().list()).isEmpty();
  }
}
