package io.canopywave.tf.plan;

import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.spi.PlanModifyingResource;
import io.canopywave.tf.spi.Resource;
import io.canopywave.tf.value.CtyValue;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The generic planning rules, implemented once for every resource.
 *
 * <p>Contract for the protocol layer: {@code prior} is a null value on create; {@code proposed}
 * and {@code config} are null values on destroy. Errors go to {@code op.diagnostics()}.
 *
 * <p>The rules, in order: a destroy plans null. Null optional+computed attributes get their
 * default; write-only attributes are planned null. If the object is new or anything differs
 * from the prior state, computed attributes the configuration leaves null become unknown,
 * except {@code keepPriorWhenUnknown} ones that have a prior value; if nothing differs the plan
 * is the prior state, so a converged object shows no changes. Replace paths are the force-new
 * attributes that changed. The resource's own {@link PlanModifyingResource} hook runs last and
 * may add replace paths of its own. Configured values, unknown ones included, are never
 * altered, and the result depends on the inputs alone.
 */
public final class PlanEngine {
  private PlanEngine() {}

  public static PlanResult plan(
      Resource resource, CtyValue prior, CtyValue proposed, CtyValue config, Operation op) {
    if (proposed.isNull()) {
      return new PlanResult(CtyValue.nullOf(resource.schema().impliedType()), List.of());
    }
    Block block = resource.schema().block();
    boolean creating = prior.isNull();
    BlockPlanner settle = new BlockPlanner(false);
    CtyValue settled = settle.block(block, prior, proposed, config);
    CtyValue planned = creating || settle.changed()
        ? new BlockPlanner(true).block(block, prior, proposed, config)
        : settled;
    Set<AttributePath> replace = new HashSet<>();
    if (!creating) {
      ReplacePaths.collect(block, AttributePath.ROOT, prior, settled, replace);
    }
    if (resource instanceof PlanModifyingResource modifying) {
      planned = modifying.modifyPlan(prior, config, planned, replace, op);
    }
    // The client ignores replace paths on create; leaving them out keeps the answer minimal.
    List<AttributePath> sorted =
        creating ? List.of() : replace.stream().sorted(PathOrder.INSTANCE).toList();
    return new PlanResult(planned, sorted);
  }
}
