package io.canopywave.tf.spi;

import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.value.CtyValue;

/**
 * A managed resource type. Values are objects of {@code schema().impliedType()}. Errors go to
 * {@code op.diagnostics()}; exceptions that escape become a generic error diagnostic.
 *
 * <p>Optional capabilities are the small interfaces beside this one ({@link ImportableResource},
 * {@link PlanModifyingResource}, {@link ConfigValidatingResource}, {@link StateUpgradingResource}).
 */
public interface Resource {

  String typeName();

  Schema schema();

  /**
   * Creates the object. Returns its state, wholly known. When a step fails after the remote
   * object exists, add an error and still return the partial state, so the object is recorded
   * (the client then marks it tainted). Return a null value only when nothing was created.
   */
  CtyValue create(CtyValue planned, CtyValue config, Operation op);

  /** Refreshes the state; returns a null value when the remote object is gone. */
  CtyValue read(CtyValue current, Operation op);

  /** Applies an in-place change; on failure return the best-known current state. */
  CtyValue update(CtyValue prior, CtyValue planned, CtyValue config, Operation op);

  /** Deletes the object; an object already gone is success. */
  void delete(CtyValue prior, Operation op);
}
