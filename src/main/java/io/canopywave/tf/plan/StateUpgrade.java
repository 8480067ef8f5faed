package io.canopywave.tf.plan;

import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.spi.Resource;
import io.canopywave.tf.value.CtyValue;

/**
 * Turns a stored state (JSON attributes written with schema {@code version}) into a value of
 * the current schema: older versions go through the resource's upgrader; unknown keys are
 * dropped, missing keys become null, write-only attributes are nulled.
 */
public final class StateUpgrade {
  private StateUpgrade() {}

  public static CtyValue upgrade(Resource resource, long version, byte[] json, Operation op) {
    throw new UnsupportedOperationException("skeleton: the plan engine work fills this in");
  }
}
