package io.canopywave.tf.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A resource whose schema version moved past 0 and which can rewrite older stored states. */
public interface StateUpgradingResource extends Resource {

  /**
   * Rewrites the stored JSON attributes of {@code fromVersion} into the current schema's form.
   * The engine then decodes the result with the current schema.
   */
  ObjectNode upgradeState(long fromVersion, ObjectNode attributes, Operation op);
}
