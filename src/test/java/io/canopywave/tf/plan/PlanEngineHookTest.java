package io.canopywave.tf.plan;

import static io.canopywave.tf.plan.BlockValues.with;
import static io.canopywave.tf.plan.MachineSchema.SCHEMA;
import static io.canopywave.tf.plan.PlanEngineTest.CONFIG;
import static io.canopywave.tf.plan.PlanEngineTest.PRIOR;
import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.spi.PlanModifyingResource;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanEngineHookTest {

  /** Records what it was given; sets the status it predicts and replaces on a note "rebuild". */
  static final class PredictingMachine implements PlanModifyingResource, PlanningOnlyMachine {
    final List<CtyValue> plannedSeen = new ArrayList<>();

    @Override
    public CtyValue modifyPlan(CtyValue prior, CtyValue config, CtyValue planned,
        Set<AttributePath> requiresReplace, Operation op) {
      plannedSeen.add(planned);
      CtyValue.ObjectVal object = (CtyValue.ObjectVal) planned;
      if (object.get("note").equals(CtyValue.string("rebuild"))) {
        requiresReplace.add(AttributePath.of("note"));
      }
      return object.get("status").isKnown() ? planned : object.with("status",
          CtyValue.string("running"));
    }
  }

  @Test
  void plan_modifyingResource_hookSeesGenericPlanAndItsResultIsFinal() {
    PredictingMachine machine = new PredictingMachine();
    CtyValue config = with(CONFIG, "note", "hello");

    PlanResult result = plan(machine, PRIOR, config);

    assertThat(machine.plannedSeen).singleElement().satisfies(seen ->
        assertThat(((CtyValue.ObjectVal) seen).get("status"))
            .isEqualTo(CtyValue.unknown(CtyType.STRING)));
    assertThat(((CtyValue.ObjectVal) result.planned()).get("status"))
        .isEqualTo(CtyValue.string("running"));
    PlanRules.assertValidPlan(SCHEMA, PRIOR, config, result);
  }

  @Test
  void plan_modifyingResourceAddsPath_sortedWithTheEnginesPaths() {
    CtyValue config = with(CONFIG, "note", "rebuild", "name", "db");

    PlanResult result = plan(new PredictingMachine(), PRIOR, config);

    assertThat(result.requiresReplace()).map(AttributePath::toString)
        .containsExactly("name", "note");
  }

  @Test
  void plan_modifyingResourceOnCreate_noReplacePaths() {
    CtyValue config = with(CONFIG, "note", "rebuild");

    PlanResult result = plan(new PredictingMachine(), CtyValue.nullOf(SCHEMA.impliedType()),
        config);

    assertThat(result.requiresReplace()).isEmpty();
  }

  @Test
  void plan_destroy_nullPlanWithoutCallingTheHook() {
    PredictingMachine machine = new PredictingMachine();
    CtyValue none = CtyValue.nullOf(SCHEMA.impliedType());

    PlanResult result = PlanEngine.plan(machine, PRIOR, none, none,
        PlanEngineTest.operation(new Diagnostics()));

    assertThat(result).isEqualTo(new PlanResult(none, List.of()));
    assertThat(machine.plannedSeen).isEmpty();
  }

  private static PlanResult plan(PredictingMachine machine, CtyValue prior, CtyValue config) {
    return PlanEngine.plan(machine, prior, CoreProposal.proposedNew(SCHEMA, prior, config),
        config, PlanEngineTest.operation(new Diagnostics()));
  }
}
