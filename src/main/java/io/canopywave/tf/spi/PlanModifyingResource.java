package io.canopywave.tf.spi;

import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.value.CtyValue;
import java.util.Set;

/** A resource with planning rules beyond the generic engine's. */
public interface PlanModifyingResource extends Resource {

  /**
   * Called after the generic engine planned {@code planned} (never for destroy). Returns the
   * final planned value; may add paths to {@code requiresReplace}. Must be deterministic.
   */
  CtyValue modifyPlan(CtyValue prior, CtyValue config, CtyValue planned,
      Set<AttributePath> requiresReplace, Operation op);
}
