package io.canopywave.tf.datasource.instance;

import io.canopywave.tf.api.model.InstanceSummary;
import java.util.Locale;

/**
 * One entry of an instance list with its flavor code.
 *
 * @param flavor the flavor code of the entry's display name, or null when no instance type has
 *     that name
 */
public record ListedInstance(InstanceSummary summary, String flavor) {

  /** The status lower-case, as the lists write it (whatever the API sent), or null. */
  String status() {
    String status = summary.status();
    return status == null ? null : status.toLowerCase(Locale.ROOT);
  }
}
