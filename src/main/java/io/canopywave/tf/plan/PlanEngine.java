package io.canopywave.tf.plan;

import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.spi.Resource;
import io.canopywave.tf.value.CtyValue;

/**
 * The generic planning rules, implemented once for every resource.
 *
 * <p>Contract for the protocol layer: {@code prior} is a null value on create; {@code proposed}
 * and {@code config} are null values on destroy. Errors go to {@code op.diagnostics()}.
 */
public final class PlanEngine {
  private PlanEngine() {}

  public static PlanResult plan(
      Resource resource, CtyValue prior, CtyValue proposed, CtyValue config, Operation op) {
    throw new UnsupportedOperationException("skeleton: the plan engine work fills this in");
  }
}
