package io.canopywave.tf.plan;

import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.value.CtyValue;
import java.util.List;

/** The planned new state and the paths whose change forces a replacement (sorted, unique). */
public record PlanResult(CtyValue planned, List<AttributePath> requiresReplace) {
  public PlanResult {
    requiresReplace = List.copyOf(requiresReplace);
  }
}
