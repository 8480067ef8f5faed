package io.canopywave.tf.resource.instance;

import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.ObjectReader;

/**
 * When a change of {@code restart_triggers} restarts the instance: only when the state already
 * holds triggers and the plan holds different ones. Adding the map (as after an import, where
 * the state has none) or removing it only records the change, so that adopting a running
 * instance never restarts it.
 */
final class RestartTriggers {
  private RestartTriggers() {}

  static boolean restartNeeded(CtyValue prior, CtyValue planned) {
    CtyValue before = ObjectReader.of(prior).value(InstanceSchema.RESTART_TRIGGERS);
    CtyValue after = ObjectReader.of(planned).value(InstanceSchema.RESTART_TRIGGERS);
    return !before.isNull() && !after.isNull() && !before.equalsIgnoringRefinements(after);
  }
}
