package io.canopywave.tf.datasource.instance;

import io.canopywave.tf.api.model.InstanceSummary;
import io.canopywave.tf.resource.instance.InstanceStatus;

/**
 * One entry of an instance list with its flavor code.
 *
 * @param flavor the flavor code of the entry's display name (the name itself when no instance
 *     type has it), or null when the entry names no type
 */
public record ListedInstance(InstanceSummary summary, String flavor) {

  /** The status lower-case, as the lists write it (whatever the API sent). */
  String status() {
    return InstanceStatus.of(summary.status()).stateValue();
  }
}
