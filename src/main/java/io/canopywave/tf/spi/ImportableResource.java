package io.canopywave.tf.spi;

import io.canopywave.tf.value.CtyValue;

/** A resource that can adopt an existing object by id. */
public interface ImportableResource extends Resource {

  /**
   * Returns a state holding enough to read the object (read runs next), or a null value with an
   * error diagnostic when the id is malformed or names nothing.
   */
  CtyValue importState(String id, Operation op);
}
