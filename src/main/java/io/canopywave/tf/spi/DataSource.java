package io.canopywave.tf.spi;

import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.value.CtyValue;

/** A data source type. {@code read} gets a wholly known config and returns the full state. */
public interface DataSource {

  String typeName();

  Schema schema();

  CtyValue read(CtyValue config, Operation op);

  /** Extra validation beyond the attributes' validators; values may be unknown. */
  default void validateConfig(CtyValue config, Operation op) {}
}
