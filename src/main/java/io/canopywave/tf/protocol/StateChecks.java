package io.canopywave.tf.protocol;

import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.value.CtyValue;

/**
 * Applies {@link ResultRules#state} to a state a resource or data source returned, and logs an
 * error when unknowns had to be dropped: the user sees nulls, the log says which code is wrong.
 */
final class StateChecks {
  private final RpcLog log;

  StateChecks(RpcLog log) {
    this.log = log;
  }

  /** The state to answer; a Java null from provider code counts as a null value. */
  CtyValue state(Schema schema, CtyValue value, Call call) {
    if (value == null) {
      return CtyValue.nullOf(schema.impliedType());
    }
    ResultRules.CleanState clean = ResultRules.state(schema.block(), value);
    if (!clean.unknownPaths().isEmpty()) {
      log.error("Provider code returned unknown values in a state; they were stored as null",
          call.fields("tf_attribute_paths", clean.unknownPaths().toString()));
    }
    return clean.value();
  }
}
