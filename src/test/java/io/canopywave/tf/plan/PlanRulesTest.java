package io.canopywave.tf.plan;

import static io.canopywave.tf.plan.BlockValues.list;
import static io.canopywave.tf.plan.BlockValues.object;
import static io.canopywave.tf.plan.BlockValues.with;
import static io.canopywave.tf.plan.MachineSchema.BLOCK;
import static io.canopywave.tf.plan.MachineSchema.DISK;
import static io.canopywave.tf.plan.MachineSchema.SCHEMA;
import static io.canopywave.tf.plan.PlanEngineTest.CONFIG;
import static io.canopywave.tf.plan.PlanEngineTest.PRIOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The checker must catch what the client refuses, or resource tests prove nothing. */
class PlanRulesTest {
  private static final CtyValue UNKNOWN_STRING = CtyValue.unknown(CtyType.STRING);

  record Broken(String name, CtyValue prior, CtyValue config, CtyValue planned,
      String complaint) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Broken> brokenPlans() {
    CtyValue nullDisks = with(PRIOR, "disk", CtyValue.nullOf(CtyType.list(
        DISK.block().impliedType())));
    return Stream.of(
        new Broken("a value for a non-computed attribute left null", PRIOR, CONFIG,
            with(PRIOR, "note", "invented"), "note: planned value \"invented\""),
        new Broken("a configured value changed", PRIOR, with(CONFIG, "note", "a"),
            with(PRIOR, "note", "b"), "note: planned value"),
        new Broken("a configured unknown planned as the prior value", PRIOR,
            with(CONFIG, "name", UNKNOWN_STRING), PRIOR,
            "name: configured unknown value not planned unknown"),
        new Broken("a write-only attribute planned non-null", PRIOR,
            with(CONFIG, "password_wo", "s3cret"), with(PRIOR, "password_wo", "s3cret"),
            "password_wo: write-only attribute planned non-null"),
        new Broken("a sensitive value never shown", PRIOR, with(CONFIG, "password", "a"),
            with(PRIOR, "password", "b"), "password: planned value (sensitive)"),
        new Broken("an absent list block planned null", PRIOR, CONFIG, nullDisks,
            "disk: absent LIST blocks must be empty, not null"),
        new Broken("a list block count that differs from the configuration", PRIOR, CONFIG,
            with(PRIOR, "disk", list(DISK)), "disk: 0 blocks planned, 1 configured"),
        new Broken("a nested block planned unknown", PRIOR, CONFIG,
            with(PRIOR, "disk", CtyValue.unknown(CtyType.list(DISK.block().impliedType()))),
            "disk: a nested block value must not be unknown itself"),
        new Broken("a value of the wrong type", PRIOR, CONFIG, with(PRIOR, "status", 3),
            "status: value of type \"number\" where the schema wants \"string\""),
        new Broken("a destroy planned non-null", PRIOR,
            CtyValue.nullOf(SCHEMA.impliedType()), PRIOR, "(root): config is null"),
        new Broken("a single block planned though the configuration has none", PRIOR, CONFIG,
            with(PRIOR, "timeouts", object(MachineSchema.TIMEOUTS.block())),
            "timeouts: planned for existence but the configuration wants absence"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenPlans")
  void planViolations_brokenPlan_namesTheRule(Broken b) {
    assertThat(PlanRules.planViolations(SCHEMA, b.prior(), b.config(), b.planned()))
        .anySatisfy(problem -> assertThat(problem).startsWith(b.complaint()));
  }

  @Test
  void planViolations_sensitiveValue_neverPrinted() {
    List<String> problems = PlanRules.planViolations(SCHEMA, PRIOR,
        with(CONFIG, "password", "a"), with(PRIOR, "password", "hunter2"));

    assertThat(String.join("\n", problems)).doesNotContain("hunter2");
  }

  @Test
  void planViolations_computedOnlyAttributeAnything_accepted() {
    CtyValue planned = with(PRIOR, "status", "anything", "id", UNKNOWN_STRING);

    assertThat(PlanRules.planViolations(SCHEMA, PRIOR, CONFIG, planned)).isEmpty();
  }

  @Test
  void replaceViolations_pathInNeitherValue_reported() {
    PlanResult result = new PlanResult(PRIOR, List.of(AttributePath.of("no_such")));

    assertThat(PlanRules.replaceViolations(PRIOR, result))
        .containsExactly("no_such: replace path resolves in neither prior nor planned state");
  }

  @Test
  void replaceViolations_unsortedPaths_reported() {
    PlanResult result = new PlanResult(PRIOR,
        List.of(AttributePath.of("zone"), AttributePath.of("name")));

    assertThat(PlanRules.replaceViolations(PRIOR, result))
        .containsExactly("name: replace paths are not sorted and unique");
  }

  @Test
  void assertValidPlan_brokenPlan_failsListingTheProblem() {
    PlanResult result = new PlanResult(with(PRIOR, "note", "invented"), List.of());

    assertThatThrownBy(() -> PlanRules.assertValidPlan(SCHEMA, PRIOR, CONFIG, result))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("note: planned value");
  }

  @Test
  void applyViolations_knownPlannedValueChanged_reported() {
    CtyValue planned = with(PRIOR, "status", UNKNOWN_STRING);
    CtyValue applied = with(PRIOR, "status", "running", "zone", "elsewhere");

    assertThat(PlanRules.applyViolations(SCHEMA, planned, applied))
        .containsExactly("zone: planned \"z1\" but applied \"elsewhere\"");
  }

  @Test
  void applyViolations_unknownLeftOrWriteOnlyStored_reported() {
    CtyValue applied = with(PRIOR, "status", UNKNOWN_STRING, "password_wo", "s3cret");

    assertThat(PlanRules.applyViolations(SCHEMA, PRIOR, applied))
        .contains("(root): the applied state holds unknown values",
            "password_wo: write-only attribute stored");
  }

  @Test
  void applyViolations_unknownPlannedBecomesKnown_accepted() {
    CtyValue planned = with(PRIOR, "status", UNKNOWN_STRING, "disk",
        list(DISK, object(DISK.block(), "size", 10, "kind", "hdd", "disk_id", UNKNOWN_STRING)));

    assertThat(PlanRules.applyViolations(SCHEMA, planned, PRIOR)).isEmpty();
  }

  @Test
  void planViolations_objectOfOtherSchema_reportsType() {
    CtyValue planned = object(DISK.block(), "size", 1);

    assertThat(PlanRules.planViolations(SCHEMA, PRIOR, CONFIG, planned))
        .containsExactly("(root): value of type " + planned.type().toJson()
            + " where the schema wants " + BLOCK.impliedType().toJson());
  }
}
