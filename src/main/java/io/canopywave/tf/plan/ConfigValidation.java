package io.canopywave.tf.plan;

import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.value.CtyValue;

/**
 * Validation every schema gets: attribute validators on known values, write-only attributes
 * refused when the client cannot handle them, nested block counts. Resource- or data-source-
 * specific hooks run after this, called by the protocol layer.
 */
public final class ConfigValidation {
  private ConfigValidation() {}

  public static void validate(Schema schema, CtyValue config, Operation op) {
    throw new UnsupportedOperationException("skeleton: the plan engine work fills this in");
  }
}
